-- The location tree: country → province → district → commune → village. Cambodian codes follow
-- the National Institute of Statistics gazetteer: province 2 digits, district 4, commune 6,
-- village 8, each starting with its parent's code.

CREATE TABLE locations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
  code text NOT NULL CHECK (char_length(code) BETWEEN 1 AND 20),
  level text NOT NULL CHECK (level IN ('country', 'province', 'district', 'commune', 'village')),
  parent_id uuid REFERENCES locations (id),
  name_latin text NOT NULL,
  name_local text,
  UNIQUE (country_code, code),
  CHECK ((level = 'country') = (parent_id IS NULL))
);
CREATE INDEX locations_parent_idx ON locations (parent_id);

INSERT INTO locations (country_code, code, level, name_latin, name_local)
VALUES ('KH', 'KH', 'country', 'Cambodia', 'កម្ពុជា');

INSERT INTO locations (country_code, code, level, parent_id, name_latin, name_local)
SELECT 'KH', p.code, 'province', (SELECT id FROM locations WHERE country_code = 'KH' AND code = 'KH'), p.name_latin, p.name_local
FROM (VALUES
  ('01', 'Banteay Meanchey', 'បន្ទាយមានជ័យ'),
  ('02', 'Battambang', 'បាត់ដំបង'),
  ('03', 'Kampong Cham', 'កំពង់ចាម'),
  ('04', 'Kampong Chhnang', 'កំពង់ឆ្នាំង'),
  ('05', 'Kampong Speu', 'កំពង់ស្ពឺ'),
  ('06', 'Kampong Thom', 'កំពង់ធំ'),
  ('07', 'Kampot', 'កំពត'),
  ('08', 'Kandal', 'កណ្ដាល'),
  ('09', 'Koh Kong', 'កោះកុង'),
  ('10', 'Kratie', 'ក្រចេះ'),
  ('11', 'Mondulkiri', 'មណ្ឌលគិរី'),
  ('12', 'Phnom Penh', 'ភ្នំពេញ'),
  ('13', 'Preah Vihear', 'ព្រះវិហារ'),
  ('14', 'Prey Veng', 'ព្រៃវែង'),
  ('15', 'Pursat', 'ពោធិ៍សាត់'),
  ('16', 'Ratanakiri', 'រតនគិរី'),
  ('17', 'Siem Reap', 'សៀមរាប'),
  ('18', 'Preah Sihanouk', 'ព្រះសីហនុ'),
  ('19', 'Stung Treng', 'ស្ទឹងត្រែង'),
  ('20', 'Svay Rieng', 'ស្វាយរៀង'),
  ('21', 'Takeo', 'តាកែវ'),
  ('22', 'Oddar Meanchey', 'ឧត្ដរមានជ័យ'),
  ('23', 'Kep', 'កែប'),
  ('24', 'Pailin', 'ប៉ៃលិន'),
  ('25', 'Tboung Khmum', 'ត្បូងឃ្មុំ')
) AS p (code, name_latin, name_local);
