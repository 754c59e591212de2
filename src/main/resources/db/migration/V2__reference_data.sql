-- Reference data of the programme: always present, not demo data.

INSERT INTO programme (id, name, donor, start_date, end_date) VALUES
 ('M4D-III', 'IOM-UNDP Global Programme on Making Migration Work for Sustainable Development (Phase III)',
  'Swiss Agency for Development and Cooperation (SDC)', DATE '2019-11-01', DATE '2023-10-31');

INSERT INTO programme_outcome (programme_id, number, text) VALUES
 ('M4D-III', 1, 'Home and host communities, including migrants, benefit from equitable access to health, education and social services and better labour market integration.'),
 ('M4D-III', 2, 'Responsible public institutions at national and local levels effectively address migration-related issues in the health, education, employment and social sectors.'),
 ('M4D-III', 3, 'Global, regional and national understanding of the development benefits of migration-sensitive policies is enhanced and more countries adopt migration-related policies.');

INSERT INTO tenant (code, name, currency, languages, grant_eligible) VALUES
 ('BD', 'Bangladesh',  'BDT', 'en',    FALSE),
 ('EC', 'Ecuador',     'USD', 'es,en', TRUE),
 ('JM', 'Jamaica',     'JMD', 'en',    FALSE),
 ('KG', 'Kyrgyzstan',  'KGS', 'en',    FALSE),
 ('MD', 'Moldova',     'MDL', 'en',    FALSE),
 ('MA', 'Morocco',     'MAD', 'fr,en', TRUE),
 ('NP', 'Nepal',       'NPR', 'en',    TRUE),
 ('PH', 'Philippines', 'PHP', 'en',    FALSE),
 ('RS', 'Serbia',      'RSD', 'en',    TRUE),
 ('SN', 'Senegal',     'XOF', 'fr,en', TRUE),
 ('TN', 'Tunisia',     'TND', 'fr,en', TRUE);
