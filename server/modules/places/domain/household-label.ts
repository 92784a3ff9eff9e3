/** "幸福里社区 3号楼 2单元 501" — how people name a home. */
export function householdLabel(place: { communityName: string; buildingName: string; unitName: string; room: string }): string {
  return `${place.communityName} ${place.buildingName} ${place.unitName} ${place.room}`;
}
