import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsWithHtmlTag } from './looks-like-html.js';

test('a page is known by its first tag, after a BOM, white space and comments; text is not', () => {
  for (const page of ['<!DOCTYPE html><p>x</p>', '\uFEFF  <html>', '<!-- saved from url=(0042) -->\n<!doctype html>\n<html>', '<!-- a --><!-- b -->\n<p>Text</p>']) assert.ok(startsWithHtmlTag(page), page);
  for (const text of ['The council met.', '<3 this town', '<!-- only a comment -->\nThe council met.', '']) assert.ok(!startsWithHtmlTag(text), text);
});
