using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace OpsHub.Silo.Hosting;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL, which every silo already shares, so sign-in cookies and
/// antiforgery tokens issued by one silo are accepted by all of them. The key manager calls it rarely (at start and
/// when a key is created, every 90 days by default), and synchronously.
/// </summary>
internal sealed class PostgresKeyRepository(string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand("select xml from opshub_data_protection_keys order by created_at, friendly_name", connection);
        using var reader = cmd.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            keys.Add(XElement.Parse(reader.GetString(0)));
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(
            "insert into opshub_data_protection_keys (friendly_name, xml) values (@name, @xml) on conflict (friendly_name) do nothing", connection);
        cmd.Parameters.AddWithValue("name", friendlyName);
        cmd.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        cmd.ExecuteNonQuery();
    }
}
