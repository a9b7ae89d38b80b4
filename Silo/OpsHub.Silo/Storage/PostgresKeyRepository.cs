using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace OpsHub.Silo.Storage;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL (table <c>opshub_data_protection_keys</c>), shared by every silo.
/// The key manager calls it rarely (at start and when a key is created, every 90 days by default) and synchronously.
/// </summary>
internal sealed class PostgresKeyRepository(NpgsqlDataSource db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = db.CreateCommand("select xml from opshub_data_protection_keys order by id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = db.CreateCommand("insert into opshub_data_protection_keys (friendly_name, xml) values ($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
