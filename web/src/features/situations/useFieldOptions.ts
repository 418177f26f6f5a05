import { useCategories, useLocations, useMembers } from '../../api/hooks';

/** Select options for the organisation's own lists; archived entries are kept only where already used. */
export function useFieldOptions(current?: {
  category?: string | null;
  locationId?: string | null;
}) {
  const categories = useCategories();
  const locations = useLocations();
  const members = useMembers();
  return {
    categories: (categories.data ?? [])
      .filter((c) => !c.archived || c.key === current?.category)
      .map((c) => ({ value: c.key, label: c.label })),
    categoryLabel: (key: string | null) =>
      key ? (categories.data?.find((c) => c.key === key)?.label ?? key) : null,
    locations: (locations.data ?? [])
      .filter((l) => !l.archived || l.id === current?.locationId)
      .map((l) => ({ value: l.id, label: l.name })),
    locationName: (id: string | null) =>
      id ? (locations.data?.find((l) => l.id === id)?.name ?? null) : null,
    members: (members.data ?? []).map((m) => ({ value: m.id, label: m.name })),
  };
}
