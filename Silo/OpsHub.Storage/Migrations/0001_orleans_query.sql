-- Orleans' ADO.NET providers load their SQL at start with the fixed statement
-- "SELECT QueryKey, QueryText FROM OrleansQuery". The names are unquoted there, so PostgreSQL folds them:
-- the table must be orleansquery with columns querykey and querytext. Later scripts register their
-- queries here with INSERT ... ON CONFLICT DO UPDATE, so a later script can replace a query.
CREATE TABLE orleansquery (
    querykey  text PRIMARY KEY,
    querytext text NOT NULL
);
