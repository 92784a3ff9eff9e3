// The house rules of ARCHITECTURE.md as two ESLint rules. They resolve what
// an import reaches (a relative climb, the `@/` alias), so a rule cannot be
// dodged by spelling the path differently, and they read every way a file can
// load another: import and export…from (types too), import() and require().
import path from 'node:path';

const SHARED_CLIENT = /^src\/(components|lib|hooks)\//;
const FEATURE = /^src\/features\/([^/]+)\//;
const MODULE = /^server\/modules\/([^/]+)\/(.*)$/;
const CLIENT_MAY_REACH = /^server\/(modules\/[^/]+\/contracts|core\/(fields|errors))(\.ts)?$/;
const DOMAIN_MAY_NOT_USE = /^(kysely|pg|wx-server-sdk|@tarojs\/[^/]+|@electric-sql\/[^/]+)(\/|$)/;

function relativeTo(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Where a specifier leads: a repository path ('server/modules/x/repo'), or the bare package name. */
function target(root, fromFile, spec) {
  if (spec.startsWith('.')) return { local: relativeTo(root, path.resolve(path.dirname(fromFile), spec)) };
  if (spec.startsWith('@/')) return { local: `src/${spec.slice(2)}` };
  return { bare: spec };
}

/** The reasons `from` may not load `to`, per the house rules; empty when it may. */
function refusals(from, to) {
  const out = [];
  const local = to.local?.replace(/\.(ts|tsx|js|mjs)$/, '');
  if (local) {
    if (SHARED_CLIENT.test(from) && /^src\/features\//.test(local)) {
      out.push('src/components, src/lib and src/hooks are shared: they never import a feature (move what both need here instead).');
    }
    const feature = FEATURE.exec(from)?.[1];
    const reached = /^src\/features\/([^/]+)/.exec(local)?.[1];
    if (feature && reached && reached !== feature) {
      out.push(`src/features/${feature} may not import another feature; move what is shared to src/components, src/hooks or src/lib.`);
    }
    if (from.startsWith('src/') && local.startsWith('server/') && !CLIENT_MAY_REACH.test(local)) {
      out.push('src/ may import only server/modules/*/contracts, server/core/fields and server/core/errors from the server.');
    }
    const mine = MODULE.exec(from);
    const theirs = MODULE.exec(local);
    if (mine && theirs && theirs[1] !== mine[1] && !/^(facade|contracts)$/.test(theirs[2])) {
      out.push(`server/modules/${mine[1]} may use another module only through its facade and contracts, not ${theirs[1]}/${theirs[2]}.`);
    }
    if (mine && mine[2].startsWith('domain/')) {
      if (theirs && theirs[1] === mine[1] && /^repo$/.test(theirs[2])) out.push('domain/ may not import a repo; the use case reads and passes values in.');
      if (/^server\/db(\/|$)/.test(local)) out.push('domain/ may not import from db/; the use case reads and passes values in.');
    }
  }
  const mine = MODULE.exec(from);
  if (to.bare && mine && mine[2].startsWith('domain/') && DOMAIN_MAY_NOT_USE.test(to.bare)) {
    out.push('domain/ is pure rules: no database driver, WeChat SDK or Taro.');
  }
  return out;
}

/** A string a specifier is written as, when it is one: 'x', `x`. */
function literal(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

const boundaries = {
  meta: { type: 'problem', docs: { description: 'What may import what (ARCHITECTURE.md).' }, schema: [] },
  create(context) {
    const root = context.cwd ?? context.getCwd();
    const from = relativeTo(root, context.filename ?? context.getFilename());
    const governed = from.startsWith('src/') || from.startsWith('server/modules/');
    if (!governed) return {};
    const check = (node, specNode) => {
      const spec = literal(specNode);
      if (spec === undefined) {
        context.report({ node, message: 'A computed import escapes the house rules; import a fixed path.' });
        return;
      }
      for (const message of refusals(from, target(root, context.filename ?? context.getFilename(), spec))) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node, node.arguments[0]);
      },
    };
  },
};

const QUERY_BUILDERS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'replaceInto']);

const sqlInRepo = {
  meta: { type: 'problem', docs: { description: "A module's SQL lives in its repo.ts." }, schema: [] },
  create(context) {
    const root = context.cwd ?? context.getCwd();
    const from = relativeTo(root, context.filename ?? context.getFilename());
    const mine = MODULE.exec(from);
    if (!mine || mine[2] === 'repo.ts') return {};
    const message = `SQL belongs in server/modules/${mine[1]}/repo.ts: call a named function of the repo from here.`;
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && QUERY_BUILDERS.has(callee.property.name)) context.report({ node, message });
      },
      TaggedTemplateExpression(node) {
        const tag = node.tag.type === 'MemberExpression' ? node.tag.object : node.tag;
        if (tag.type === 'Identifier' && tag.name === 'sql') context.report({ node, message });
      },
    };
  },
};

/** Settings and secrets reach a module through the Runtime (ctx.keys), read from the environment once at the entry point. */
const noEnvInModules = {
  meta: { type: 'problem', docs: { description: 'A module reads no environment variable: the Runtime hands it what it needs.' }, schema: [] },
  create(context) {
    const root = context.cwd ?? context.getCwd();
    const from = relativeTo(root, context.filename ?? context.getFilename());
    if (!MODULE.exec(from)) return {};
    return {
      MemberExpression(node) {
        if (node.object.type === 'Identifier' && node.object.name === 'process' && !node.computed && node.property.name === 'env') {
          context.report({ node, message: 'A module reads no environment variable: take it from the Runtime (ctx.keys; server/runtime/server-keys.ts reads the environment).' });
        }
      },
    };
  },
};

export default { rules: { boundaries, 'sql-in-repo': sqlInRepo, 'no-env-in-modules': noEnvInModules } };
