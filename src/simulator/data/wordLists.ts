/* Word lists of the generated data set. A few entries carry characters that must be escaped or are non-ASCII. */

export const COMPANY_WORDS = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne',
  'Tyrell', 'Wonka', 'Gringotts', 'Oscorp', 'Nakatomi', 'Massive', 'Dunder', 'Pied Piper', 'Müller & Söhne', "O'Brien",
  'Aperture', 'Black Mesa', 'Monarch', 'Virtucon', 'Zorg', 'Bluth', 'Prestige', 'Sterling', 'Kramerica', 'Duff',
];
export const COMPANY_SECTORS = [
  'Logistics', 'Systems', 'Foods', 'Energy', 'Holdings', 'Labs', 'Media', 'Motors', 'Pharma', 'Textiles',
  'Robotics', 'Insurance', 'Partners', 'Analytics', 'Devices', 'Outdoor', 'Aviation', 'Retail', 'Metals', 'Shipping',
];
export const COMPANY_SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'Corp', 'S.A.', 'AG', 'LLC', 'B.V.'];
export const CITIES = [
  'Berlin', 'Köln', 'München', 'Paris', 'Lyon', 'London', 'Manchester', 'Madrid', 'Milano', 'Wien',
  'Zürich', 'Amsterdam', 'New York', 'Chicago', 'San Francisco', 'Austin', 'Toronto', 'São Paulo', 'Tokyo', 'Sydney',
];
export const FIRST_NAMES = [
  'Anna', 'Ben', 'Chloé', 'David', 'Emma', 'Felix', 'Grace', 'Hannah', 'Ivan', 'Julia', 'Karl', 'Laura',
  'Mehmet', 'Nina', 'Oliver', 'Paula', 'Quentin', 'Rosa', 'Sven', 'Tara', 'Uwe', 'Vera', 'William', 'Zoë',
];
export const LAST_NAMES = [
  'Schmidt', 'Meyer', 'Dubois', 'Rossi', 'García', 'Novak', 'Jansen', 'Nowak', 'Smith', 'Johnson', 'Brown',
  'Taylor', 'Wilson', 'Martin', 'Bernard', "O'Neill", 'Kowalski', 'Larsen', 'Yilmaz', 'Tanaka', 'Silva', 'Weber',
];
export const JOB_TITLES = ['CEO', 'CFO', 'Head of Purchasing', 'IT Director', 'Buyer', 'Office Manager', 'Sales Director', 'Engineer'];
export const ACCOUNT_TYPES = ['Customer', 'Prospect', 'Partner', 'Competitor'];
export const ACCOUNT_STATUSES = ['Active', 'Active', 'Active', 'Inactive', 'Qualified'];
export const INDUSTRIES = ['Manufacturing', 'Retail', 'Finance', 'Healthcare', 'Technology', 'Energy', 'Transportation'];
export const SALES_STAGES = [
  '01 - Prospecting', '02 - Qualification', '03 - Discovery', '04 - Proposal', '05 - Negotiation',
  '06 - Commit', '07 - Closed/Won', '08 - Closed/Lost',
];
export const STAGE_PROBABILITY = [10, 20, 30, 50, 70, 90, 100, 0];
export const PRODUCTS = ['Fleet Renewal', 'Service Contract', 'Cloud Migration', 'Training', 'Spare Parts', 'Expansion', 'Upgrade'];
export const ACTION_TYPES = ['Call', 'Meeting', 'Email', 'To Do', 'Demo'];
export const OPEN_STATUSES = ['Not Started', 'In Progress', 'Planned'];
