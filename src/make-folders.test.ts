import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeFolders, makeFoldersSync } from './make-folders.js';

test('makes every missing level, and accepts a folder that exists', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-folders-'));
  try {
    makeFoldersSync(path.join(root, 'a', 'b'));
    await makeFolders(path.join(root, 'a', 'b', 'c'));
    await makeFolders(path.join(root, 'a'));
    assert.ok(statSync(path.join(root, 'a', 'b', 'c')).isDirectory());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a level that cannot be made is one SlantError naming the folder, not a hang', { skip: existsSync('/proc/self') ? false : 'no /proc here' }, async () => {
  assert.throws(() => makeFoldersSync('/proc/slant-x/y'), (e: Error) => e.name === 'SlantError' && e.message.startsWith('cannot create the folder /proc/slant-x/y ('));
  await assert.rejects(makeFolders('/proc/slant-x'), (e: Error) => e.name === 'SlantError');
  const root = mkdtempSync(path.join(tmpdir(), 'slant-folders-'));
  try {
    writeFileSync(path.join(root, 'file'), '');
    assert.throws(() => makeFoldersSync(path.join(root, 'file', 'sub')), (e: Error) => e.name === 'SlantError' && e.message.includes('file'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
