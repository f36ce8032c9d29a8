import { describe, expect, it } from 'vitest';
import { type Acknowledgement, applyAcknowledgements, runRules } from '../../../core/alignment/rules';
import { fixtureWith, programme, unlink } from './fixture';

/** PRG-SKL loses its mission: one finding, programme-without-mission:programme:1. */
const broken = () => fixtureWith((s) => unlink(s, (l) => l.id === 1 || l.targetType === 'mission'));
const KEY = 'programme-without-mission:programme:1';
const ackFor = (fingerprint: string, at = '2025-11-10T10:00:00Z', reason = 'Statutory service, agreed with the portfolio holder'): Acknowledgement => ({
  key: KEY,
  fingerprint,
  reason,
  by: 'j.smith',
  at,
});

describe('applyAcknowledgements', () => {
  it('moves an acknowledged finding to "acknowledged", still visible with its reason', () => {
    const findings = runRules(broken()).filter((f) => f.ruleId === 'programme-without-mission');
    const target = findings.find((f) => f.key === KEY)!;
    const ack = ackFor(target.fingerprint);
    const { open, acknowledged } = applyAcknowledgements(findings, [ack]);
    expect(acknowledged).toEqual([{ ...target, acknowledgement: ack }]);
    expect(open.map((f) => f.key)).toEqual(['programme-without-mission:programme:2']);
    expect(open[0]).toMatchObject({ reopened: false, previousAcknowledgement: null });
  });

  it('reopens the finding when the data behind it changes', () => {
    const before = runRules(broken()).find((f) => f.key === KEY)!;
    const ack = ackFor(before.fingerprint);
    const s = broken();
    programme(s, 1).fundingLines[1]!.amountPence += 100;
    const after = runRules(s).find((f) => f.key === KEY)!;
    expect(after.fingerprint).not.toBe(before.fingerprint);
    const { open, acknowledged } = applyAcknowledgements([after], [ack]);
    expect(acknowledged).toEqual([]);
    expect(open).toEqual([{ ...after, reopened: true, previousAcknowledgement: ack }]);
  });

  it('keeps the acknowledgement when only a label changes', () => {
    const before = runRules(broken()).find((f) => f.key === KEY)!;
    const s = broken();
    programme(s, 1).name = 'Skills for Growth (renamed)';
    const after = runRules(s).find((f) => f.key === KEY)!;
    expect(after.message).toContain('Skills for Growth (renamed)');
    expect(applyAcknowledgements([after], [ackFor(before.fingerprint)]).acknowledged).toHaveLength(1);
  });

  it('needs key AND fingerprint, uses the latest matching acknowledgement, and ignores blank reasons', () => {
    const finding = runRules(broken()).find((f) => f.key === KEY)!;
    const otherKey = { ...ackFor(finding.fingerprint), key: 'programme-without-mission:programme:2' };
    expect(applyAcknowledgements([finding], [otherKey]).open[0]?.reopened).toBe(false);
    const older = ackFor(finding.fingerprint, '2025-10-01T09:00:00Z', 'First reason');
    const newer = ackFor(finding.fingerprint, '2025-11-01T09:00:00Z', 'Second reason');
    expect(applyAcknowledgements([finding], [newer, older]).acknowledged[0]?.acknowledgement).toBe(newer);
    const blank = applyAcknowledgements([finding], [ackFor(finding.fingerprint, undefined, '   ')]);
    expect(blank.open[0]).toMatchObject({ key: KEY, reopened: false, previousAcknowledgement: null });
  });

  it('names the latest stale acknowledgement when several no longer apply', () => {
    const finding = runRules(broken()).find((f) => f.key === KEY)!;
    const old1 = ackFor('fp1-00000000000001', '2025-09-01T09:00:00Z');
    const old2 = ackFor('fp1-00000000000002', '2025-10-01T09:00:00Z');
    expect(applyAcknowledgements([finding], [old2, old1]).open[0]?.previousAcknowledgement).toBe(old2);
  });

  it('ignores acknowledgements for findings no longer raised and does not modify its inputs', () => {
    const findings = runRules(broken());
    const acks = [ackFor('fp1-deadbeef', undefined), { ...ackFor('x'), key: 'stale-evidence:indicator:999' }];
    const copy = structuredClone({ findings, acks });
    const split = applyAcknowledgements(findings, acks);
    expect(split.open.length + split.acknowledged.length).toBe(findings.length);
    expect({ findings, acks }).toEqual(copy);
  });
});
