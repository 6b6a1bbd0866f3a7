/**
 * Each demo user's habits: which apps they sign in to (role weights times a personal liking,
 * limited to apps that run on one of their devices) and which device they use for each app.
 * Seed-independent like the roster, so built once and shared.
 */
import { APPS } from './apps.js';
import { uaKindIndex } from './devices.js';
import { createPicker, createRandom, type Picker } from './random.js';
import { getDemoRoster, type DemoDevice, type DemoUser } from './roster.js';

export interface DeviceChoice {
  readonly devices: readonly DemoDevice[];
  readonly picker: Picker;
}

export interface UserHabits {
  readonly interactiveApps: Picker;
  readonly nonInteractiveApps: Picker;
  /** Per app index; null where none of the user's devices can run the app. */
  readonly devices: readonly (DeviceChoice | null)[];
}

const HABITS_SEED = 0x0ab1_75ed;

/** Relative use of a device for an app that runs on it. */
const deviceWeight = (device: DemoDevice, native: boolean, webOnly: boolean): number => {
  const kind = device.profile.kind;
  if (kind === 'homePc') return 0.1;
  if (kind === 'phone') return webOnly ? 0.12 : native ? 0.6 : 0.3;
  return 1;
};

const buildHabits = (user: DemoUser, affinity: () => number): UserHabits => {
  const devices = APPS.map((app): DeviceChoice | null => {
    const nativeIndex = app.native ? uaKindIndex(app.native) : -1;
    const usable: DemoDevice[] = [];
    const weights: number[] = [];
    for (const device of user.devices) {
      const native = nativeIndex >= 0 && device.profile.userAgents[nativeIndex] != null;
      if (!native && !app.web) continue;
      usable.push(device);
      weights.push(deviceWeight(device, native, !app.native));
    }
    return usable.length > 0 ? { devices: usable, picker: createPicker(weights) } : null;
  });
  const interactive: number[] = [];
  const nonInteractive: number[] = [];
  APPS.forEach((app, i) => {
    const like = affinity();
    const ok = devices[i] != null ? like : 0;
    interactive.push(app.interactive[user.role] * ok);
    nonInteractive.push(app.nonInteractive[user.role] * ok);
  });
  return { interactiveApps: createPicker(interactive), nonInteractiveApps: createPicker(nonInteractive), devices };
};

let habits: { readonly byUser: readonly UserHabits[]; readonly leaver: UserHabits } | null = null;

/** Habits of every roster user by `DemoUser.index`, and of the leaver. */
export const getDemoHabits = () => {
  if (habits) return habits;
  const r = createRandom(HABITS_SEED);
  const affinity = () => 0.4 + 1.2 * r.float();
  const roster = getDemoRoster();
  habits = { byUser: roster.users.map((u) => buildHabits(u, affinity)), leaver: buildHabits(roster.leaver, affinity) };
  return habits;
};
