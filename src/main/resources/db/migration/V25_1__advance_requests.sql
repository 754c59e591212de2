-- A direct cash transfer planned from now on has each advance requested on a FACE form and
-- authorised before it is paid. Grants planned before keep paying advances as their running
-- process does, without that step.
ALTER TABLE grant_agreement ADD COLUMN advance_requests BOOLEAN DEFAULT FALSE NOT NULL;
