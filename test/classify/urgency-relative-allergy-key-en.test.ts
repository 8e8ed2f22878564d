import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

it.each([
  // A relative's illness is why the customer cancelled or left, not harm the business did.
  'I booked a non-refundable rate and then my mother was admitted to hospital two days before the trip. I offered to send the hospital letter and asked for a refund. They refused.',
  'My dad got sick on the second day so we left early, hotel refused a refund for the last night.',
  // An allergy someone has, told as the reason for a note, with no reaction.
  'I wrote NO PEANUTS on the order note because my son has an allergy. The pad thai arrived covered in crushed peanuts. Luckily I checked before he ate any.',
  'My son is allergic. Note ignored, peanuts everywhere. Thankfully he did not eat any.',
  // The customer's own card, paying.
  'I used my credit card to pay and the app charged me twice, terrible.',
])('%s: not urgent', (text) => {
  expect(urgent(text)).toBe(false);
});

it.each([
  'My husband got sick from the buffet.',
  'My son is allergic and had a reaction within minutes, hives everywhere.',
  // A stranger let into the room or told where it is, and a card's details used by someone else after the stay.
  "Staff gave my room key to a stranger who said he was my husband. I'm not married. Found him in my room when I came back.",
  'The receptionist gave my room number to a man who called asking for me. He rang my room all night.',
  'Somebody used my credit card details after my stay here. The receptionist wrote the number down on a piece of paper. Within a week there were three online purchases in another country. When I called they accused me of losing my card. Be very careful here.',
])('%s: urgent', (text) => {
  expect(urgent(text)).toBe(true);
});
