namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// The offset/limit pair of the list operations: offset from 0, limit 1 to 128 with the operation's
/// documented default (128 for the v2 and node lists, 10 for most v3 lists). Offset counts records.
/// </summary>
internal readonly record struct Paging(int Offset, int Limit)
{
    public const int MaxLimit = 128;

    public static Paging Read(IQueryCollection query, int defaultLimit)
        => new(QueryParameters.OptionalInt32(query, "offset", 0, 0, int.MaxValue),
            QueryParameters.OptionalInt32(query, "limit", defaultLimit, 1, MaxLimit));

    public IEnumerable<T> Page<T>(IEnumerable<T> all) => all.Skip(Offset).Take(Limit);
}
