import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retrainCommand } from '../src/train/genre-frames-card.js';

test('model card: the retrain command names the repeats the files were cross-validated with', () => {
  // The default repeats (ARTICLE_REPEATS) need no option.
  assert.equal(retrainCommand('genre', [{ pooled: true, repeats: 12 }, { pooled: false, repeats: 12 }]), '`slant train genre`');
  assert.equal(retrainCommand('frames', [{ pooled: true, repeats: 2 }, { pooled: false, repeats: 6 }, { pooled: false, repeats: 6 }]), '`slant train frames`');
  assert.equal(retrainCommand('genre', [{ pooled: true, repeats: 3 }, { pooled: false, repeats: 3 }]), '`slant train genre --repeats 3`');
  assert.equal(
    retrainCommand('frames', [{ pooled: true, repeats: 3 }, { pooled: false, repeats: 6 }, { pooled: false, repeats: 6 }]),
    '`slant train frames --mode pooled --repeats 3`, then `slant train frames --mode lang --repeats 6` into the same folder',
  );
  assert.equal(retrainCommand('frames', [{ pooled: false, repeats: 3 }, { pooled: false, repeats: 6 }]), '`slant train frames` (the files were cross-validated with 3, 6 repeats)');
  assert.equal(retrainCommand('genre', []), '`slant train genre`');
});
