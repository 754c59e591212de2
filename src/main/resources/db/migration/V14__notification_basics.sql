-- Where a user's notifications go: an e-mail address, stored in lower case, one per user.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD CONSTRAINT user_account_email_key UNIQUE (email);

-- Each country's time zone (IANA id): digests go out and due dates are shown in it.
ALTER TABLE tenant ADD COLUMN time_zone VARCHAR(40) DEFAULT 'UTC' NOT NULL;
UPDATE tenant SET time_zone = 'Asia/Dhaka' WHERE code = 'BD';
UPDATE tenant SET time_zone = 'America/Guayaquil' WHERE code = 'EC';
UPDATE tenant SET time_zone = 'America/Jamaica' WHERE code = 'JM';
UPDATE tenant SET time_zone = 'Asia/Bishkek' WHERE code = 'KG';
UPDATE tenant SET time_zone = 'Europe/Chisinau' WHERE code = 'MD';
UPDATE tenant SET time_zone = 'Africa/Casablanca' WHERE code = 'MA';
UPDATE tenant SET time_zone = 'Asia/Kathmandu' WHERE code = 'NP';
UPDATE tenant SET time_zone = 'Asia/Manila' WHERE code = 'PH';
UPDATE tenant SET time_zone = 'Europe/Belgrade' WHERE code = 'RS';
UPDATE tenant SET time_zone = 'Africa/Dakar' WHERE code = 'SN';
UPDATE tenant SET time_zone = 'Africa/Tunis' WHERE code = 'TN';
