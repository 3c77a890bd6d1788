// The official openai npm package (7.59.0, pinned in package-lock.json) against the ImageContracts emulator.
// Started by ImageContracts.Emulator.Tests.OfficialNodeSdkTests with EMULATOR_BASE_URL and EMULATOR_API_KEY set;
// images are checked with Debian's decoders (pngcheck, dwebp), as in the .NET tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI, { toFile } from 'openai';

const baseURL = process.env.EMULATOR_BASE_URL;
const apiKey = process.env.EMULATOR_API_KEY;
assert.ok(baseURL, 'EMULATOR_BASE_URL must be set');
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 60_000 });

/** Runs an independent decoder on the bytes; fails unless it exits 0; returns stdout + stderr (dwebp reports on stderr). */
function decode(tool, args, bytes, extension) {
  const dir = mkdtempSync(join(tmpdir(), 'emu-node-'));
  const file = join(dir, 'image' + extension);
  writeFileSync(file, bytes);
  try {
    const run = spawnSync(tool, args(file), { encoding: 'utf8', timeout: 60_000 });
    const output = run.stdout + run.stderr;
    assert.equal(run.status, 0, `${tool} failed: ${output}`);
    return output;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pngcheck = (bytes) => decode('pngcheck', (f) => ['-v', f], bytes, '.png');
const dwebp = (bytes) => decode('dwebp', (f) => [f, '-o', '/dev/null', '-v'], bytes, '.webp');
const b64 = (text) => Buffer.from(text, 'base64');

test('images.generate answers a decodable image of the requested size and format', async () => {
  const png = await client.images.generate({ model: 'gpt-image-2', prompt: 'a fox', size: '1536x1024', quality: 'low' });
  assert.match(pngcheck(b64(png.data[0].b64_json)), /1536 x 1024/);
  assert.equal(png.size, '1536x1024');
  assert.equal(png.output_format, 'png');
  const webp = await client.images.generate({ model: 'gpt-image-2', prompt: 'a fox', size: '1024x1024', quality: 'low', output_format: 'webp' });
  assert.match(dwebp(b64(webp.data[0].b64_json)), /1024 x 1024/);
});

test('images.generate streams partial images and the completed image', async () => {
  const stream = await client.images.generate({ model: 'gpt-image-2', prompt: 'a kite', size: '1024x1024', quality: 'low', stream: true, partial_images: 2 });
  const types = [];
  for await (const event of stream) {
    types.push(event.type);
    assert.match(pngcheck(b64(event.b64_json)), /1024 x 1024/);
  }
  assert.deepEqual(types, ['image_generation.partial_image', 'image_generation.partial_image', 'image_generation.completed']);
});

test('images.edit takes a multipart image and answers an edited image', async () => {
  const input = await client.images.generate({ model: 'gpt-image-2', prompt: 'a room', size: '1024x1024', quality: 'low' });
  const edited = await client.images.edit({
    model: 'gpt-image-2',
    prompt: 'add a window',
    image: await toFile(b64(input.data[0].b64_json), 'room.png', { type: 'image/png' }),
    size: '1024x1024',
    quality: 'low',
  });
  assert.match(pngcheck(b64(edited.data[0].b64_json)), /1024 x 1024/);
});

test('responses.create runs the image_generation tool, also across turns', async () => {
  const tools = [{ type: 'image_generation', model: 'gpt-image-2', quality: 'low', size: '1024x1024' }];
  const first = await client.responses.create({ model: 'gpt-5', input: 'a paper boat', tools });
  const call = first.output.find((item) => item.type === 'image_generation_call');
  assert.ok(call, 'an image_generation_call item');
  assert.match(pngcheck(b64(call.result)), /1024 x 1024/);
  assert.ok(first.output_text.length > 0);
  const second = await client.responses.create({ model: 'gpt-5', input: 'make it red', tools, previous_response_id: first.id });
  assert.equal(second.previous_response_id, first.id);
  assert.equal(second.output.find((item) => item.type === 'image_generation_call').action, 'edit');
});

test('responses.create streams the image_generation events', async () => {
  const stream = await client.responses.create({
    model: 'gpt-5',
    input: 'a comet',
    tools: [{ type: 'image_generation', model: 'gpt-image-2', quality: 'low', size: '1024x1024', partial_images: 1 }],
    stream: true,
  });
  const types = [];
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === 'response.image_generation_call.partial_image') {
      assert.match(pngcheck(b64(event.partial_image_b64)), /1024 x 1024/);
    }
  }
  for (const type of ['response.created', 'response.image_generation_call.generating', 'response.image_generation_call.partial_image', 'response.image_generation_call.completed', 'response.output_text.delta', 'response.completed']) {
    assert.ok(types.includes(type), `missing ${type} in ${types.join(', ')}`);
  }
});

test('invalid requests get the API error shape and codes', async () => {
  await assert.rejects(client.images.generate({ model: 'gpt-image-2', prompt: 'x', quality: 'standard' }), (error) => {
    assert.ok(error instanceof OpenAI.BadRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_value');
    assert.equal(error.param, 'quality');
    assert.equal(error.type, 'invalid_request_error');
    return true;
  });
  await assert.rejects(client.images.generate({ model: 'dall-e-3', prompt: 'x' }), (error) => {
    assert.ok(error instanceof OpenAI.NotFoundError);
    assert.equal(error.code, 'model_not_found');
    return true;
  });
  const anonymous = new OpenAI({ baseURL, apiKey: 'sk-wrong', maxRetries: 0 });
  await assert.rejects(anonymous.models.list(), (error) => error instanceof OpenAI.AuthenticationError && error.status === 401);
});

test('models.list shows live models with shutdown_date', async () => {
  const models = [];
  for await (const model of client.models.list()) {
    models.push(model);
  }
  const gpt2 = models.find((m) => m.id === 'gpt-image-2');
  assert.ok(gpt2);
  assert.equal(gpt2.shutdown_date, null);
  assert.ok(!models.some((m) => m.id === 'dall-e-3'));
});

test('files.create and files.content round-trip', async () => {
  const bytes = b64((await client.images.generate({ model: 'gpt-image-2', prompt: 'a stamp', size: '1024x1024', quality: 'low' })).data[0].b64_json);
  const file = await client.files.create({ file: await toFile(bytes, 'stamp.png'), purpose: 'vision' });
  assert.equal(file.bytes, bytes.length);
  const content = Buffer.from(await (await client.files.content(file.id)).arrayBuffer());
  assert.deepEqual(content, bytes);
});
