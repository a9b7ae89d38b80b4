using OpsHub.Testing;

// One PostgreSQL server for the whole assembly; each test class takes its own database from it.
[assembly: AssemblyFixture(typeof(PostgresServerFixture))]
