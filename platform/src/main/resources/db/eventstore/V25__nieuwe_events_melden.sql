-- Every transaction that appends events tells the listeners on channel 'nieuwe_events' when it commits, so that
-- query-side instances in other processes read the new events at once instead of at their next poll. PostgreSQL
-- delivers the notification only after the commit and folds identical ones of one transaction into one.
CREATE FUNCTION meld_nieuwe_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nieuwe_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER domainevententry_nieuwe_events
    AFTER INSERT ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION meld_nieuwe_events();
