using OpsHub.Testing;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]
