/** Vocabulary for the fictional organization. Data only. */

export const FIRST_NAMES = [
  'Ada', 'Amara', 'Anouk', 'Bea', 'Carlos', 'Chen', 'Dara', 'Dmitri', 'Efua', 'Elif', 'Emeka', 'Fatima', 'Finn', 'Grace', 'Hana',
  'Hugo', 'Ines', 'Ivan', 'Jae', 'José', 'Kai', 'Kofi', 'Lena', 'Leila', 'Łukasz', 'Maya', 'Mateo', 'Mei', 'Nadia', 'Noor',
  'Oskar', 'Priya', 'Quinn', 'Rafael', 'Rosa', 'Sami', 'Siobhán', 'Sven', 'Tariq', 'Theo', 'Uma', 'Valentina', 'Wen', 'Yara', 'Zoë',
] as const;

export const LAST_NAMES = [
  'Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Haddad', 'Kowalski', 'Mensah', 'Silva', 'Novak', 'Ibrahim', 'Fischer', 'Rossi',
  'Nguyen', 'Petrov', 'Osei', 'García', 'Kim', 'Dubois', 'Yilmaz', 'Andersen', 'Chowdhury', 'Murphy', 'Tanaka', 'Abebe', 'Costa',
  'Schmidt', 'Oyelaran', 'Bianchi', 'Park', 'Lefebvre', 'Hansen', 'Singh', "O'Brien", 'Wójcik', 'Álvarez', 'Müller',
] as const;

export const TEAMS = [
  'Platform', 'Mobile', 'Design', 'Research', 'Finance', 'People', 'Legal', 'Sales', 'Support', 'Marketing', 'Security', 'Data', 'Comms', 'Facilities',
] as const;

export const LOCATIONS = ['Lisbon', 'Berlin', 'Nairobi', 'Montréal', 'Remote', 'Singapore', 'São Paulo', 'Dublin', 'Toronto', 'Kraków'] as const;

export const ROLES = ['Engineer', 'Senior Engineer', 'Staff Engineer', 'Designer', 'Product Manager', 'Analyst', 'Team Lead', 'Director', 'Coordinator', 'Specialist', 'Intern'] as const;

export const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'any pronouns'] as const;

export const HASHTAGS = ['atrium', 'allhands', 'launch', 'til', 'design', 'security', 'coffee', 'hiring', 'offsite', 'wellbeing', 'a11y', 'release', 'friday', 'oncall'] as const;

export const LINKS = [
  'https://news.example/industry-report-2026',
  'https://blog.example.org/how-we-ship',
  'https://docs.example.com/handbook/onboarding',
  'https://news.example/remote-work-survey',
] as const;

export const ALT_TEXTS = [
  'A whiteboard covered in sticky notes from the planning session',
  'The team smiling in front of the new office sign',
  'A chart showing build times dropping over three months',
  'Screenshot of the dark mode color palette',
] as const;

export const BIOS = [
  'Making things a little better every day.',
  'Ask me about accessibility, bikes and sourdough.',
  'Previously at a startup you have not heard of.',
  'Coffee first, then code.',
  'Here to help. DMs open for questions about my team.',
  '',
] as const;
