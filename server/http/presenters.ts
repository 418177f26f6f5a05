import { stepProgress, stepStatus, timingsOf } from '../../domain/playbook/progress';
import type { Playbook } from '../../domain/playbook/schema';
import type { TApiToken, TMe } from '../../contract/auth';
import type { TCategory, TInvite, TLocation, TMember } from '../../contract/organization';
import type { TParty } from '../../contract/parties';
import type { TCatalogItem, TGesture, TLedgerEntry } from '../../contract/gestures';
import type {
  CatalogItemRecord,
  GestureRecord,
  LedgerEntryRecord,
} from '../storage/queries/gestures';
import type { TPlaybook, TPlaybookSummary } from '../../contract/playbooks';
import type { PlaybookView } from '../app/find-playbook';
import type { TSituation, TSituationEvent, TSituationSummary } from '../../contract/situations';
import type { ApiTokenRecord, InviteRecord } from '../storage/queries/members';
import type { CategoryRecord, LocationRecord } from '../storage/queries/settings';
import type {
  OrganizationRecord,
  PartyRecord,
  SituationRecord,
  SituationSummaryRecord,
  StoredEvent,
  UserRecord,
} from '../storage/records';

/** A situation with where it stands in the playbook it runs on. */
export function presentSituation(s: SituationRecord, playbook: Playbook): TSituation {
  // Added to the summary just made, not spread into a bigger literal: see toRecord in
  // storage/queries/situations.ts.
  return Object.assign(summaryOf(s, s.progress.currentStep), {
    account: s.account,
    resolvedAt: s.resolvedAt,
    closedAt: s.closedAt,
    playbook: {
      id: playbook.id,
      key: playbook.key,
      name: playbook.name,
      version: playbook.version,
    },
    outcome: s.progress.outcome,
    steps: playbook.steps.map((step) => {
      const own = stepProgress(s.progress, step.id);
      return {
        id: step.id,
        title: step.title,
        status: stepStatus(step, s.progress),
        captures: own.captures,
        skipReason: own.skipReason,
        ms: own.ms,
      };
    }),
    currentStepSince: s.progress.currentSince,
    timings: timingsOf(s),
    tasks: s.tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      what: t.what,
      who: t.who,
      due: t.due,
      step: t.step,
      doneAt: t.doneAt,
      doneBy: t.doneBy,
    })),
    followUpDueAt: s.followUpDueAt,
  });
}

export function presentSituationSummary(s: SituationSummaryRecord): TSituationSummary {
  return summaryOf(s, s.currentStep);
}

function summaryOf(
  s: Omit<SituationSummaryRecord, 'currentStep'>,
  currentStep: string | null,
): TSituationSummary {
  return {
    id: s.id,
    number: s.number,
    title: s.title,
    channel: s.channel,
    live: s.live,
    partyId: s.partyId,
    partyName: s.partyName,
    locationId: s.locationId,
    category: s.category,
    severity: s.severity,
    mood: s.mood,
    ownerId: s.ownerId,
    ownerName: s.ownerName,
    status: s.status,
    currentStep,
    openedAt: s.openedAt,
    updatedAt: s.updatedAt,
  };
}

export function presentEvent(e: StoredEvent): TSituationEvent {
  return {
    id: e.id,
    seq: e.seq,
    type: e.type,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    data: e.data,
  };
}

export function presentParty(p: PartyRecord): TParty {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    email: p.email,
    phone: p.phone,
    notes: p.notes,
    tags: p.tags,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    situationCount: p.situationCount,
  };
}

export function presentMember(u: UserRecord & { activeSessions: number }): TMember {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locationId: u.locationId,
    createdAt: u.createdAt,
    activeSessions: u.activeSessions,
  };
}

export function presentInvite(i: InviteRecord): TInvite {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    locationId: i.locationId,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    acceptedAt: i.acceptedAt,
  };
}

export function presentToken(t: ApiTokenRecord): TApiToken {
  return {
    id: t.id,
    name: t.name,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    userId: t.userId,
    userName: t.userName,
  };
}

export function presentLocation(l: LocationRecord): TLocation {
  return { id: l.id, name: l.name, archived: l.archived, createdAt: l.createdAt };
}

export function presentCategory(c: CategoryRecord): TCategory {
  return { key: c.key, label: c.label, archived: c.archived, position: c.position };
}

export function presentMe(
  user: UserRecord,
  csrfToken: string | null,
  org: OrganizationRecord,
): TMe {
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      locationId: user.locationId,
    },
    organization: { id: org.id, name: org.name },
    csrfToken,
  };
}

export function presentPlaybookSummary(view: PlaybookView): TPlaybookSummary {
  const { playbook } = view;
  return {
    id: playbook.id,
    key: playbook.key,
    name: playbook.name,
    description: playbook.description,
    version: playbook.version,
    builtIn: view.builtIn,
    archived: view.archived,
    stepCount: playbook.steps.length,
  };
}

export function presentPlaybook(view: PlaybookView): TPlaybook {
  const { id: _id, version: _version, ...document } = view.playbook;
  return { ...presentPlaybookSummary(view), document };
}

export function presentCatalogItem(item: CatalogItemRecord): TCatalogItem {
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    defaultValue: item.defaultValue,
    cost: item.cost,
    percent: item.percent,
    fitsCategories: item.fitsCategories,
    fitsWants: item.fitsWants,
    active: item.active,
  };
}

export function presentGesture(g: GestureRecord): TGesture {
  return {
    id: g.id,
    situationId: g.situationId,
    status: g.status,
    name: g.name,
    kind: g.kind,
    amount: { minor: g.amount, currency: g.currency },
    reason: g.reason,
    requesterId: g.requesterId,
    needs: g.needs,
    why: g.why,
    decidedBy: g.decidedBy,
    decisionNote: g.decisionNote,
    grantedAt: g.grantedAt,
    createdAt: g.createdAt,
  };
}

export function presentLedgerEntry(
  e: LedgerEntryRecord,
  names: { members: Map<string, string>; locations: Map<string, string> },
): TLedgerEntry {
  return {
    id: e.id,
    gestureId: e.gestureId,
    situationId: e.situationId,
    type: e.type,
    at: e.at,
    actorId: e.actorId,
    actorName: names.members.get(e.actorId) ?? null,
    requesterId: e.requesterId,
    locationId: e.locationId,
    locationName: e.locationId ? (names.locations.get(e.locationId) ?? null) : null,
    kind: e.kind,
    name: e.name,
    amount: { minor: e.amount, currency: e.currency },
    reason: e.reason,
  };
}
