import path from 'node:path';
import ts from 'typescript';

/** One masto call found in the renderer's sources, as its allow-list key, and where. */
export interface FoundCall {
  key: string;
  file: string;
}

/** What a scan of the renderer found: the calls, and the remote roots it could not follow (the scan's blind spots). */
export interface RendererCalls {
  calls: FoundCall[];
  unresolved: string[];
}

/** A remote node's possible paths (`[['v1', 'statuses', '$select']]`; several after `[name]` with a union-typed name). */
type Paths = string[][];

/**
 * Reads every renderer source (the renderer's own TypeScript program) and lists the masto calls made
 * through the remote client: `remoteClient(id).v1.statuses.$select(x).favourite()`, also through a
 * `const` or a `RemoteClient` parameter in between, and `[name]` steps whose name is typed as a union
 * of string literals. The allow-list tests compare this with main's allow-list, both ways.
 */
export function scanRendererCalls(root: string): RendererCalls {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.renderer.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.renderer.json could not be read.');
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const calls: FoundCall[] = [];
  const unresolved: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !source.fileName.startsWith(path.join(root, 'renderer'))) continue;
    if (!/remoteClient|RemoteClient/.test(source.text)) continue;
    const where = path.relative(root, source.fileName);
    const chain = chainIn(checker, (problem) => unresolved.push(`${where}: ${problem}`));
    const visit = (node: ts.Node): void => {
      const method = ts.isCallExpression(node) ? node.expression : undefined;
      if (method && (ts.isPropertyAccessExpression(method) || ts.isElementAccessExpression(method)) && !isSelect(method)) {
        for (const receiver of chain(method) ?? []) calls.push({ key: receiver.join('.'), file: where });
      }
      // A method taken off the remote into a `const` and called by that name.
      if (method && ts.isIdentifier(method)) {
        for (const steps of chain(method) ?? []) if (steps.length >= 2) calls.push({ key: steps.join('.'), file: where });
      }
      // A remote root handed on whole (to a helper that is not a `RemoteClient` parameter) would hide its calls.
      if (ts.isCallExpression(node) && isRemoteRoot(node) && !usedInChain(node)) unresolved.push(`${where}: ${node.getText()}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, unresolved };
}

const isSelect = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression): boolean => ts.isPropertyAccessExpression(node) && node.name.text === '$select';

const isRemoteRoot = (node: ts.CallExpression): boolean => ts.isIdentifier(node.expression) && node.expression.text === 'remoteClient';

/** True when the remote root is followed by a property (or stored in a `const` the scan follows), false when it leaves the scan's sight. */
function usedInChain(node: ts.CallExpression): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return true;
  if (ts.isVariableDeclaration(parent)) return true;
  // Handed to a helper whose parameter is typed `RemoteClient`: the helper's own calls are scanned.
  return ts.isCallExpression(parent) && parent.expression !== node;
}

/** Builds the path reader; `unresolved` hears of a `[name]` step whose name the types do not pin down. */
function chainIn(checker: ts.TypeChecker, unresolved: (problem: string) => void): (node: ts.Expression) => Paths | null {
  const extend = (before: Paths | null, names: string[]): Paths | null => before && before.flatMap((steps) => names.map((name) => [...steps, name]));
  const chain = (node: ts.Expression): Paths | null => {
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      return chain(node.expression);
    }
    if (ts.isCallExpression(node)) {
      if (isRemoteRoot(node)) return [[]];
      const callee = node.expression;
      return ts.isPropertyAccessExpression(callee) && isSelect(callee) ? extend(chain(callee.expression), ['$select']) : null;
    }
    if (ts.isPropertyAccessExpression(node)) return extend(chain(node.expression), [node.name.text]);
    if (ts.isElementAccessExpression(node)) {
      const before = chain(node.expression);
      if (!before) return null;
      const names = literalNames(checker.getTypeAtLocation(node.argumentExpression));
      if (!names) unresolved(node.getText());
      return extend(before, names ?? []);
    }
    if (ts.isIdentifier(node)) return chainOfName(node, chain);
    return null;
  };
  return chain;
}

/** The string values a type allows, when it is a string literal or a union of them. */
function literalNames(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => part.isStringLiteral()) ? parts.map((part) => (part as ts.StringLiteralType).value) : null;
}

/** Follows a name to its `const` initializer or to a parameter typed `RemoteClient`, in the scopes around it. */
function chainOfName(name: ts.Identifier, chain: (node: ts.Expression) => Paths | null): Paths | null {
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name.text);
      if (parameter) return parameter.type?.getText() === 'RemoteClient' ? [[]] : null;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name.text);
        if (declaration) return declaration.initializer ? chain(declaration.initializer) : null;
      }
    }
  }
  return null;
}
