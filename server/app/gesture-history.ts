import type { History } from '../../domain/empowerment/decide';
import { limitOf, periodStart, type Member, type Policy } from '../../domain/empowerment/policy';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';

/** What has been granted already, as the empowerment decision needs it for this member. */
export async function gestureHistory(
  store: Store,
  situation: SituationRecord,
  member: Member,
  policy: Policy,
  at: string,
): Promise<History> {
  const org = situation.organizationId;
  const period = limitOf(member, policy)?.period ?? 'day';
  return {
    situationTotal: await store.gestures.grantedOnSituation(org, situation.id),
    memberPeriodTotal: await store.gestures.grantedByMemberSince(
      org,
      member.id,
      periodStart(period, at),
    ),
    locationMonthTotal: situation.locationId
      ? await store.gestures.grantedAtLocationSince(
          org,
          situation.locationId,
          periodStart('month', at),
        )
      : 0,
  };
}
