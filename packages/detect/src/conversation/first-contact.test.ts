import { describe, expect, it } from 'vitest';
import {
  FIRST_CONTACT_WITHIN_MESSAGES,
  FirstContact,
  RECENT_CONTACT_HOURS,
  RECENT_CONTACT_MESSAGES,
} from './first-contact.ts';
import type { WallClock } from './wall-clock.ts';

const HOUR = 60;
const at = (hours: number): WallClock => ({ hour: hours % 24, minutes: 29_000_000 + hours * HOUR });
const WHO = 'hi, who are you?';
const WHO_SPAN = [{ start: 4, end: 16 }];

describe('FirstContact', () => {
  it('knows nothing until someone introduces themself or asks who the other is', () => {
    const contact = new FirstContact();
    contact.observe(0, at(0), [], 'hey');
    expect(contact.recentAt(1, at(1))).toBeUndefined();
  });

  it('shows the words of the introduction while the contact is recent', () => {
    const contact = new FirstContact();
    contact.observe(1, at(0), WHO_SPAN, WHO);
    expect(contact.recentAt(5, at(2))).toEqual([{ messageIndex: 1, start: 4, end: 16, text: 'who are you?' }]);
  });

  it(`is recent for ${RECENT_CONTACT_HOURS} hours after the introduction, then no longer`, () => {
    const contact = new FirstContact();
    contact.observe(0, at(0), WHO_SPAN, WHO);
    expect(contact.recentAt(40, at(RECENT_CONTACT_HOURS))).toBeDefined();
    expect(contact.recentAt(41, at(RECENT_CONTACT_HOURS + 1))).toBeUndefined();
  });

  it(`without times, counts ${RECENT_CONTACT_MESSAGES} messages instead`, () => {
    const contact = new FirstContact();
    contact.observe(2, undefined, WHO_SPAN, WHO);
    expect(contact.recentAt(2 + RECENT_CONTACT_MESSAGES, undefined)).toBeDefined();
    expect(contact.recentAt(3 + RECENT_CONTACT_MESSAGES, undefined)).toBeUndefined();
  });

  it('ignores a "who are you?" deep into a chat: the two met before the export began', () => {
    const contact = new FirstContact();
    contact.observe(FIRST_CONTACT_WITHIN_MESSAGES, at(0), WHO_SPAN, WHO);
    expect(contact.recentAt(FIRST_CONTACT_WITHIN_MESSAGES + 1, at(1))).toBeUndefined();
  });

  it('keeps the first introduction: a second one does not restart the window', () => {
    const contact = new FirstContact();
    contact.observe(0, at(0), WHO_SPAN, WHO);
    contact.observe(3, at(RECENT_CONTACT_HOURS), WHO_SPAN, WHO);
    expect(contact.recentAt(4, at(RECENT_CONTACT_HOURS + 1))).toBeUndefined();
  });
});
