/** The calendar-day helpers live in src/core/calendar-day.ts (a leaf every layer may import); kept here for its many importers. */
export { dayNumber, isoOfDay } from '../core/calendar-day';
