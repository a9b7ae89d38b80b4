-- Grain state for Microsoft.Orleans.Persistence.AdoNet (invariant "Npgsql").
--
-- One row per grain state, identified by service, grain type and grain id (two key halves plus an optional
-- string extension). version is the ETag: a write or clear must name the version it read, and NULL means
-- "I saw no row". The provider's GrainIdHash and GrainTypeHash parameters are not needed and not stored.
-- UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+) makes a NULL extension part of the identity.

CREATE TABLE orleans_grain_state (
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_id_extension text,
    payload            bytea,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orleans_grain_state_identity
        UNIQUE NULLS NOT DISTINCT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

-- Stores a payload (or, with p_payload NULL, clears it) and returns the new version; NULL on a version conflict.
CREATE FUNCTION orleans_grain_state_store(
    p_service_id text, p_grain_type text, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_id_extension text,
    p_version integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_new_version integer;
BEGIN
    IF p_version IS NULL THEN
        -- A first write; a racing first write that committed before this one makes it a conflict.
        INSERT INTO orleans_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
        VALUES (p_service_id, p_grain_type, p_grain_id_n0, p_grain_id_n1, p_grain_id_extension, p_payload, 1)
        ON CONFLICT DO NOTHING
        RETURNING version INTO v_new_version;
    ELSE
        UPDATE orleans_grain_state
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension
           AND version = p_version
        RETURNING version INTO v_new_version;
    END IF;
    RETURN v_new_version;
END
$$;

-- Deletes the row (for DeleteStateOnClear) and returns a non-NULL marker; NULL on a version conflict.
CREATE FUNCTION orleans_grain_state_delete(
    p_service_id text, p_grain_type text, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_id_extension text,
    p_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_deleted_version integer;
BEGIN
    IF p_version IS NULL THEN
        -- A caller that saw no row has nothing to delete, unless a row appeared meanwhile.
        PERFORM 1 FROM orleans_grain_state
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension;
        RETURN CASE WHEN FOUND THEN NULL ELSE 0 END;
    END IF;

    DELETE FROM orleans_grain_state
     WHERE service_id = p_service_id AND grain_type = p_grain_type
       AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
       AND grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension
       AND version = p_version
    RETURNING version INTO v_deleted_version;
    RETURN v_deleted_version + 1;
END
$$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM orleans_grain_state
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$q$),
('WriteToStorageKey', $q$
SELECT orleans_grain_state_store(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
                                 @GrainStateVersion, @PayloadBinary) AS "NewGrainStateVersion"
$q$),
-- Clearing keeps the row with a NULL payload and a new version, so the ETag chain continues.
('ClearStorageKey', $q$
SELECT orleans_grain_state_store(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
                                 @GrainStateVersion, NULL::bytea) AS "NewGrainStateVersion"
$q$),
('DeleteStorageKey', $q$
SELECT orleans_grain_state_delete(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
                                  @GrainStateVersion) AS "NewGrainStateVersion"
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
