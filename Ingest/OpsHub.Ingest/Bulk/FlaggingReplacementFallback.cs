using System.Text;

namespace OpsHub.Ingest.Bulk;

/// <summary>
/// Decodes bytes that are not UTF-8 as U+FFFD, as the default fallback does, and remembers that it had to, so that a
/// reader can refuse the records holding them with a clear reason instead of passing on the replacement characters.
/// </summary>
internal sealed class FlaggingReplacementFallback : DecoderFallback
{
    /// <summary>Whether any invalid bytes were met so far.</summary>
    public bool Used { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(FlaggingReplacementFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Used = true;
            _remaining = 1;
            return true;
        }

        public override char GetNextChar() => _remaining-- > 0 ? '\uFFFD' : '\0';

        public override bool MovePrevious()
        {
            if (_remaining >= 1)
            {
                return false;
            }

            _remaining++;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
