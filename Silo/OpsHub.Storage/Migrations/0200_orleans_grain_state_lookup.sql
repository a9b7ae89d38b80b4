-- Grain state lookups that use the identity index.
--
-- 0003 matched the key extension with IS NOT DISTINCT FROM, which no index can serve. String-keyed grains (every
-- dossier, unit and counter) have both numeric key halves 0 and their whole key in the extension, so every read,
-- write and delete of a dossier's state scanned the table: 57 ms a lookup with 200,000 dossiers stored, growing
-- with every dossier received. Each statement now names the extension with = when it has one and IS NULL when it
-- has none (both are index conditions), so a lookup costs the same with a million rows as with ten.

CREATE OR REPLACE FUNCTION orleans_grain_state_store(
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
    ELSIF p_grain_id_extension IS NULL THEN
        UPDATE orleans_grain_state
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NULL
           AND version = p_version
        RETURNING version INTO v_new_version;
    ELSE
        UPDATE orleans_grain_state
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension = p_grain_id_extension
           AND version = p_version
        RETURNING version INTO v_new_version;
    END IF;
    RETURN v_new_version;
END
$$;

CREATE OR REPLACE FUNCTION orleans_grain_state_delete(
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
        IF p_grain_id_extension IS NULL THEN
            PERFORM 1 FROM orleans_grain_state
             WHERE service_id = p_service_id AND grain_type = p_grain_type
               AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
               AND grain_id_extension IS NULL;
        ELSE
            PERFORM 1 FROM orleans_grain_state
             WHERE service_id = p_service_id AND grain_type = p_grain_type
               AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
               AND grain_id_extension = p_grain_id_extension;
        END IF;
        RETURN CASE WHEN FOUND THEN NULL ELSE 0 END;
    ELSIF p_grain_id_extension IS NULL THEN
        DELETE FROM orleans_grain_state
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NULL
           AND version = p_version
        RETURNING version INTO v_deleted_version;
    ELSE
        DELETE FROM orleans_grain_state
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension = p_grain_id_extension
           AND version = p_version
        RETURNING version INTO v_deleted_version;
    END IF;
    RETURN v_deleted_version + 1;
END
$$;

-- Two branches, at most one of which can match: the row with this extension, or the row with none when none is given.
UPDATE orleansquery SET querytext = $q$
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM orleans_grain_state
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension = @GrainIdExtensionString
UNION ALL
SELECT payload, version
  FROM orleans_grain_state
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension IS NULL AND @GrainIdExtensionString IS NULL
$q$
WHERE querykey = 'ReadFromStorageKey';
