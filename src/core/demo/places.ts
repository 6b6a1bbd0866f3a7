/**
 * Where demo sign-ins come from: cities (coordinates, IANA zone), office egress addresses, home
 * broadband and mobile carrier prefixes per country, Azure regions for workload identities, and
 * the attackers' hosting networks. Office and attacker addresses are in the RFC 5737
 * documentation ranges so nobody mistakes them for a real network; consumer prefixes are
 * illustrative only.
 */
import { zoneIndexOf } from './zones.js';

export interface Network {
  /** First two octets; the last two are drawn per user or per sign-in. */
  readonly prefix: string;
  readonly asn: number;
}

export interface Place {
  readonly city: string;
  readonly state: string;
  readonly countryOrRegion: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly zone: number;
  /** Egress addresses of the Contoso office in this city; empty when there is none. */
  readonly officeIps: readonly string[];
  /** The named location the office network is registered as in Conditional Access. */
  readonly officeNetworkName: string | null;
  readonly broadband: readonly Network[];
  readonly carriers: readonly Network[];
}

const BROADBAND: Record<string, readonly Network[]> = {
  JP: [{ prefix: '153.246', asn: 4713 }, { prefix: '126.77', asn: 17676 }, { prefix: '114.160', asn: 2519 }, { prefix: '221.191', asn: 2516 }],
  US: [{ prefix: '73.158', asn: 7922 }, { prefix: '71.231', asn: 701 }, { prefix: '47.145', asn: 5650 }],
  GB: [{ prefix: '86.142', asn: 2856 }, { prefix: '82.15', asn: 5607 }],
  DE: [{ prefix: '79.207', asn: 3320 }, { prefix: '91.54', asn: 3209 }],
  AU: [{ prefix: '120.148', asn: 1221 }, { prefix: '101.180', asn: 7545 }],
  SG: [{ prefix: '116.86', asn: 9506 }],
  IN: [{ prefix: '122.171', asn: 24560 }],
  KR: [{ prefix: '121.134', asn: 4766 }],
  FR: [{ prefix: '90.35', asn: 3215 }],
  CA: [{ prefix: '99.229', asn: 812 }],
};

const CARRIERS: Record<string, readonly Network[]> = {
  JP: [{ prefix: '49.104', asn: 9605 }, { prefix: '106.133', asn: 2516 }, { prefix: '126.193', asn: 17676 }],
  US: [{ prefix: '174.205', asn: 22394 }, { prefix: '172.58', asn: 21928 }],
  GB: [{ prefix: '92.40', asn: 12576 }],
  DE: [{ prefix: '80.187', asn: 3320 }],
  AU: [{ prefix: '1.145', asn: 1221 }],
  SG: [{ prefix: '111.65', asn: 4773 }],
  IN: [{ prefix: '106.208', asn: 45609 }],
  KR: [{ prefix: '223.38', asn: 9644 }],
  FR: [{ prefix: '37.169', asn: 51207 }],
  CA: [{ prefix: '70.54', asn: 577 }],
};

const place = (
  city: string, state: string, country: string, latitude: number, longitude: number, zone: string,
  officeIps: readonly string[] = [],
): Place => ({
  city, state, countryOrRegion: country, latitude, longitude, zone: zoneIndexOf(zone), officeIps,
  officeNetworkName: officeIps.length > 0 ? `Contoso ${city} Office` : null,
  broadband: BROADBAND[country] ?? [], carriers: CARRIERS[country] ?? [],
});

/** Home and travel cities; `weight` is the share of the roster living there. */
export const CITIES: readonly { readonly place: Place; readonly weight: number }[] = [
  { place: place('Tokyo', 'Tokyo', 'JP', 35.6895, 139.6917, 'Asia/Tokyo', ['203.0.113.10', '203.0.113.11']), weight: 34 },
  { place: place('Osaka', 'Osaka', 'JP', 34.6937, 135.5023, 'Asia/Tokyo', ['203.0.113.40']), weight: 11 },
  { place: place('Nagoya', 'Aichi', 'JP', 35.1815, 136.9066, 'Asia/Tokyo', ['203.0.113.52']), weight: 5 },
  { place: place('Fukuoka', 'Fukuoka', 'JP', 33.5904, 130.4017, 'Asia/Tokyo', ['203.0.113.61']), weight: 4 },
  { place: place('Yokohama', 'Kanagawa', 'JP', 35.4437, 139.638, 'Asia/Tokyo'), weight: 3 },
  { place: place('Sapporo', 'Hokkaido', 'JP', 43.0618, 141.3545, 'Asia/Tokyo'), weight: 2 },
  { place: place('Seattle', 'Washington', 'US', 47.6062, -122.3321, 'America/Los_Angeles', ['198.51.100.20']), weight: 5 },
  { place: place('San Francisco', 'California', 'US', 37.7749, -122.4194, 'America/Los_Angeles'), weight: 3 },
  { place: place('New York', 'New York', 'US', 40.7128, -74.006, 'America/New_York', ['198.51.100.40']), weight: 5 },
  { place: place('Chicago', 'Illinois', 'US', 41.8781, -87.6298, 'America/Chicago'), weight: 2 },
  { place: place('London', 'England', 'GB', 51.5074, -0.1278, 'Europe/London', ['198.51.100.60']), weight: 5 },
  { place: place('Manchester', 'England', 'GB', 53.4808, -2.2426, 'Europe/London'), weight: 1.5 },
  { place: place('Berlin', 'Berlin', 'DE', 52.52, 13.405, 'Europe/Berlin', ['198.51.100.80']), weight: 3 },
  { place: place('Munich', 'Bavaria', 'DE', 48.1351, 11.582, 'Europe/Berlin', ['198.51.100.90']), weight: 2 },
  { place: place('Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821, 'Europe/Berlin'), weight: 1 },
  { place: place('Sydney', 'New South Wales', 'AU', -33.8688, 151.2093, 'Australia/Sydney', ['198.51.100.110']), weight: 3 },
  { place: place('Melbourne', 'Victoria', 'AU', -37.8136, 144.9631, 'Australia/Melbourne'), weight: 1.5 },
  { place: place('Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 'Asia/Singapore', ['198.51.100.130']), weight: 3 },
  { place: place('Bengaluru', 'Karnataka', 'IN', 12.9716, 77.5946, 'Asia/Kolkata'), weight: 2 },
  { place: place('Seoul', 'Seoul', 'KR', 37.5665, 126.978, 'Asia/Seoul'), weight: 1.5 },
  { place: place('Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522, 'Europe/Paris'), weight: 1.5 },
  { place: place('Toronto', 'Ontario', 'CA', 43.6532, -79.3832, 'America/Toronto'), weight: 1 },
];

/** Azure regions workload identities run in: [place, network]. */
export const AZURE_REGIONS: readonly { readonly place: Place; readonly network: Network }[] = [
  { place: place('Tokyo', 'Tokyo', 'JP', 35.6895, 139.6917, 'Asia/Tokyo'), network: { prefix: '20.43', asn: 8075 } },
  { place: place('Osaka', 'Osaka', 'JP', 34.6937, 135.5023, 'Asia/Tokyo'), network: { prefix: '20.78', asn: 8075 } },
  { place: place('Boydton', 'Virginia', 'US', 36.6676, -78.3875, 'America/New_York'), network: { prefix: '20.119', asn: 8075 } },
];

/** Hosting networks the injected attacks come from. */
export const ATTACKER_PLACES = {
  spray: { place: place('Amsterdam', 'North Holland', 'NL', 52.3676, 4.9041, 'Europe/Amsterdam'), ip: '198.51.100.23', asn: 60781 },
  fatigue: { place: place('Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 'Europe/Bucharest'), ip: '192.0.2.77', asn: 9009 },
  /** Stolen credentials used from far away, minutes after the owner signed in at home. */
  travel: { place: place('Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, 'America/Sao_Paulo'), ip: '192.0.2.140', asn: 28573 },
  /** A success from a country nobody in the tenant signs in from. */
  newCountry: { place: place('Johannesburg', 'Gauteng', 'ZA', -26.2041, 28.0473, 'Africa/Johannesburg'), ip: '192.0.2.160', asn: 37100 },
  /** A rented server in Japan: brute force from the victim's own country (no travel, no new country). */
  bruteForce: { place: place('Tokyo', 'Tokyo', 'JP', 35.6895, 139.6917, 'Asia/Tokyo'), ip: '192.0.2.180', asn: 2516 },
  /** The lockout storm comes from many addresses of one hosting network: 198.51.100.200-249. */
  lockoutStorm: { place: place('Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 'Asia/Singapore'), ipPrefix: '198.51.100.', asn: 14061 },
} as const;

/** Great-circle distance in km (haversine, mean Earth radius). */
export const distanceKm = (a: Pick<Place, 'latitude' | 'longitude'>, b: Pick<Place, 'latitude' | 'longitude'>): number => {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
};
