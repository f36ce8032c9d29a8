import { describe, expect, it } from 'vitest';
import { findForbiddenSwitches } from '../../electron/main/command-line-guard';

describe('findForbiddenSwitches', () => {
  it('finds remote debugging and inspector switches', () => {
    expect(findForbiddenSwitches(['--remote-debugging-port=9222'], 'linux')).toEqual(['remote-debugging-port']);
    expect(findForbiddenSwitches(['--inspect'], 'darwin')).toEqual(['inspect']);
    expect(findForbiddenSwitches(['--inspect-brk=0.0.0.0:9229'], 'linux')).toEqual(['inspect-brk']);
    expect(findForbiddenSwitches(['--remote-debugging-pipe', '--js-flags=--allow-natives-syntax'], 'linux')).toEqual([
      'remote-debugging-pipe',
      'js-flags',
    ]);
  });

  it('sees single-dash and upper-case spellings', () => {
    expect(findForbiddenSwitches(['-remote-debugging-port=9222'], 'linux')).toEqual(['remote-debugging-port']);
    expect(findForbiddenSwitches(['--Remote-Debugging-Port=9222'], 'win32')).toEqual(['remote-debugging-port']);
  });

  it('sees slash switches on Windows only', () => {
    expect(findForbiddenSwitches(['/remote-debugging-port=9222'], 'win32')).toEqual(['remote-debugging-port']);
    expect(findForbiddenSwitches(['/remote-debugging-port=9222'], 'linux')).toEqual([]);
  });

  it('ignores ordinary arguments and everything after --', () => {
    expect(findForbiddenSwitches(['.', '--no-sandbox-is-not-ours', 'C:\\work\\file.sqlite'], 'win32')).toEqual([]);
    expect(findForbiddenSwitches(['--', '--inspect'], 'linux')).toEqual([]);
    expect(findForbiddenSwitches([], 'linux')).toEqual([]);
  });
});
