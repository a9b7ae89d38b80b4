namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>Waits for something asynchronous to become true, failing with a message after a bound.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        T value;
        while (true)
        {
            value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not {what} after {within.TotalSeconds:0.#} s; last value: {Describe(value)}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    // A list shows its items (as JSON, records and all), so that a failure on a loaded CI machine says what was there.
    private static string Describe<T>(T value)
    {
        if (value is System.Collections.IEnumerable and not string)
        {
            try
            {
                return System.Text.Json.JsonSerializer.Serialize(value);
            }
            catch (NotSupportedException)
            {
                // Not serialisable: fall back to its own text.
            }
        }

        return $"{value}";
    }
}
