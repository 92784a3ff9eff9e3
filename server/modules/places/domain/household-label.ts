/** "幸福里社区 3号楼 2单元 501", "柳树村 3组 张家" (a village group's households have no unit) — how people name a home. */
export function householdLabel(place: { communityName: string; buildingName: string; unitName: string; room: string }): string {
  return [place.communityName, place.buildingName, place.unitName, place.room].filter((part) => part.trim() !== '').join(' ');
}
