-- The language a user chose for the pages (en, fr, es); empty until they choose one.
ALTER TABLE user_account ADD COLUMN language VARCHAR(8);
