using System.Security.Cryptography;
using System.Text;

namespace ProfileMiner.Export;

/// <summary>Name-based GUIDs (RFC 4122 version 5 layout over SHA-256), so an export of the same corpus has the same GUIDs every time.</summary>
internal static class DeterministicGuid
{
    public static string For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\0" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D").ToUpperInvariant();
    }
}
