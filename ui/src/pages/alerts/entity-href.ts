/**
 * Links from an alert to sign-ins: its evidence (the alert's own `filter`) and everything its
 * entity did (the sign-in list filtered to it, over all time). Users, IP addresses and apps also
 * have a page of their own (entity-view.ts `entityHref`), linked beside it.
 */
import type { Alert, AlertEntity } from '../../api/alerts.js';
import { quote } from '../../state/odata-filter.js';
import { signInsHref } from '../../state/view-state.js';

export const evidenceHref = (alert: Pick<Alert, 'filter'>): string => signInsHref({ range: 'all', odata: alert.filter });

export const entityHref = (entity: AlertEntity): string => {
  switch (entity.kind) {
    case 'user':
      return signInsHref({ range: 'all', user: entity.value });
    case 'ip':
      return signInsHref({ range: 'all', ip: entity.value });
    case 'app':
      return signInsHref({ range: 'all', odata: `appId eq ${quote(entity.value)}` });
    case 'servicePrincipal':
      return signInsHref({ range: 'all', odata: `servicePrincipalId eq ${quote(entity.value)}` }, 'servicePrincipal');
  }
};
