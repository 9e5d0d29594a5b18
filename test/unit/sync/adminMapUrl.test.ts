import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_SETTINGS, DEFAULT_MAP_URL, mapSearchUrl, parseAdminSettings } from '../../../src/sync';

const FILE = 'deployment.json';

describe('the admin setting mapUrl', () => {
  it('searches Bing Maps unless the administrator names another map service', () => {
    expect(DEFAULT_ADMIN_SETTINGS.mapUrl).toBe(DEFAULT_MAP_URL);
    expect(mapSearchUrl(DEFAULT_ADMIN_SETTINGS, 'Acme, München')).toBe(
      'https://www.bing.com/maps?q=Acme%2C%20M%C3%BCnchen',
    );
    const admin = parseAdminSettings({ mapUrl: 'https://www.google.com/maps/search/?api=1&query={query}' }, FILE);
    expect(mapSearchUrl(admin, '1 Market St & Main')).toBe(
      'https://www.google.com/maps/search/?api=1&query=1%20Market%20St%20%26%20Main',
    );
  });

  it('refuses a pattern without {query}, or that is not https, and never echoes it', () => {
    const problems = (mapUrl: unknown) => {
      try {
        parseAdminSettings({ mapUrl }, FILE);
        return [];
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problems('https://maps.example.com/secret-token')).toMatch(/mapUrl must be a URL with \{query\}/);
    expect(problems('https://maps.example.com/secret-token')).not.toContain('secret-token');
    expect(problems('http://maps.example.com/?q={query}')).toMatch(/mapUrl: .*http/);
    expect(problems(42)).toMatch(/mapUrl must be a URL/);
  });
});
