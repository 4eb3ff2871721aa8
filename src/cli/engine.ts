import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles a regular expression twice by default: to bytecode for the interpreter on its first
 * run, then to machine code once it runs again. Every pattern the extractors use scans whole
 * articles, so the bytecode is thrown away after one article; its compilation (a peephole pass
 * over large bytecode) costs more than the machine code's. The CLI's process compiles each
 * pattern once, straight to machine code; matching and output are the same.
 *
 * Imported first by main.ts, before any module that runs a pattern; worker threads share the flag.
 * A library user's process keeps the engine's defaults.
 */
setFlagsFromString('--no-regexp-tier-up');
