// Hand-written cases the extractors do not get right yet, by the start of their text: reported as todo, not hidden.
// Remove a line when its case passes; the list is the work left for the extraction rules.
export const KNOWN_GAPS = new Set<string>([
  "Qatar's Emir, Sheikh Khalid bin Rashid Al Mahmoud,",
  "Kenyan runner Faith Wambui won the women's race at",
  "Ethiopian Prime Minister Dawit Alemu told parliame",
  "Kenya's Trade Minister Peter Kamau led a business",
  "Qatar and Pakistan signed a programme of cultural",
  "Turkey delivered 350 buses to Uzbekistan last year",
  "The Ulaanbaatar thermal power plant is being moder",
  "After talks with his Kazakh counterpart in Astana",
]);
