-- Handles, e-mail addresses, wallets and URLs a person uses (encrypted JSON list); their blind
-- indexes go to entity_index like phones and document numbers.
ALTER TABLE persons ADD COLUMN online_identifiers text;
