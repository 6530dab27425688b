// esbuild plugins every bundle shares (esbuild.mjs `common`, and scripts/web-bundle.mjs).

/**
 * markdown-it imports `decodeHTML` and `decodeHTMLStrict` from the `entities` package's index,
 * which also pulls in its encoder: a 23 KB table of every character's entity, built by a
 * top-level `new Map(...)` that esbuild cannot drop as unused. Nothing of ours encodes
 * entities, so resolve that one import to the package's decoder module (`entities/lib/decode.js`,
 * a subpath the package exports): the same functions, the same decoding, without the encoder.
 * A name markdown-it imported that the decoder lacked would fail the build (esbuild checks
 * ES module imports), so an upgrade cannot silently change what is decoded.
 */
export const entitiesDecoderOnly = {
  name: 'cbo-entities-decoder-only',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => build.resolve('entities/lib/decode.js', { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer }));
  },
};
