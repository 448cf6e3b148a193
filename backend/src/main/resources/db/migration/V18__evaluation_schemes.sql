-- Indicator schemes (评估标准): one ACTIVE version per region and year (activating a version supersedes the one in
-- force), and the indexes behind the schemes list (newest first, of a region, optionally of one year).
CREATE UNIQUE INDEX evaluation_scheme_one_active ON evaluation_scheme (region_path, year) WHERE status = 'ACTIVE';
CREATE INDEX evaluation_scheme_region_id ON evaluation_scheme (region_path, id DESC);
CREATE INDEX evaluation_scheme_region_year_id ON evaluation_scheme (region_path, year, id DESC);
