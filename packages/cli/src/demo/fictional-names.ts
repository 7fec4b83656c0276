/**
 * Name parts for the demo dataset. Every demo person is a random combination of common family and
 * given names (Latin transliteration + local script), so no demo record describes a real person.
 */
export interface NamePart {
  latin: string;
  local: string;
}

export const KHMER_FAMILY_NAMES: readonly NamePart[] = [
  { latin: 'Sok', local: 'សុខ' },
  { latin: 'Chan', local: 'ចាន់' },
  { latin: 'Kim', local: 'គឹម' },
  { latin: 'Heng', local: 'ហេង' },
  { latin: 'Keo', local: 'កែវ' },
  { latin: 'Chea', local: 'ជា' },
  { latin: 'Meas', local: 'មាស' },
  { latin: 'Sam', local: 'សំ' },
  { latin: 'Ly', local: 'លី' },
  { latin: 'Pich', local: 'ពេជ្រ' },
  { latin: 'Prak', local: 'ប្រាក់' },
  { latin: 'Touch', local: 'ទូច' },
  { latin: 'Mao', local: 'ម៉ៅ' },
  { latin: 'Ouk', local: 'អ៊ុក' },
  { latin: 'Phan', local: 'ផាន' },
  { latin: 'Yim', local: 'យឹម' },
  { latin: 'Long', local: 'ឡុង' },
  { latin: 'Hem', local: 'ហែម' },
];

export const KHMER_FEMALE_GIVEN_NAMES: readonly NamePart[] = [
  { latin: 'Sreymom', local: 'ស្រីមុំ' },
  { latin: 'Sokha', local: 'សុខា' },
  { latin: 'Channary', local: 'ចាន់ណារី' },
  { latin: 'Bopha', local: 'បុប្ផា' },
  { latin: 'Sophea', local: 'សុភា' },
  { latin: 'Sreyneang', local: 'ស្រីនាង' },
  { latin: 'Rachana', local: 'រចនា' },
  { latin: 'Chenda', local: 'ចិន្តា' },
  { latin: 'Malis', local: 'ម្លិះ' },
  { latin: 'Sopheap', local: 'សុភាព' },
  { latin: 'Theary', local: 'ធារី' },
  { latin: 'Leakhena', local: 'លក្ខិណា' },
  { latin: 'Pisey', local: 'ពិសី' },
  { latin: 'Dalin', local: 'ដាលីន' },
];

export const KHMER_MALE_GIVEN_NAMES: readonly NamePart[] = [
  { latin: 'Vannak', local: 'វណ្ណៈ' },
  { latin: 'Rithy', local: 'រិទ្ធី' },
  { latin: 'Visal', local: 'វិសាល' },
  { latin: 'Sophal', local: 'សុផល' },
  { latin: 'Vuthy', local: 'វុទ្ធី' },
  { latin: 'Kosal', local: 'កុសល' },
  { latin: 'Rotha', local: 'រដ្ឋា' },
  { latin: 'Sambath', local: 'សម្បត្តិ' },
  { latin: 'Piseth', local: 'ពិសិដ្ឋ' },
  { latin: 'Samnang', local: 'សំណាង' },
  { latin: 'Veasna', local: 'វាសនា' },
  { latin: 'Dara', local: 'ដារា' },
];

/** Suspects of other nationalities (the statistics count nationals and foreigners). */
export const FOREIGN_NAMES: Readonly<Record<'CN' | 'VN' | 'TH', readonly { latin: string; local: string }[]>> = {
  CN: [
    { latin: 'Zhang Wei', local: '张伟' },
    { latin: 'Li Qiang', local: '李强' },
    { latin: 'Wang Jun', local: '王军' },
    { latin: 'Chen Hao', local: '陈浩' },
  ],
  VN: [
    { latin: 'Nguyen Van Hung', local: 'Nguyễn Văn Hùng' },
    { latin: 'Tran Minh Tuan', local: 'Trần Minh Tuấn' },
    { latin: 'Le Thi Hoa', local: 'Lê Thị Hoa' },
  ],
  TH: [
    { latin: 'Somchai Boonmee', local: 'สมชาย บุญมี' },
    { latin: 'Anan Sriwong', local: 'อนันต์ ศรีวงศ์' },
  ],
};
