using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// The time range of 4.5.2 (Table 4-415): both ends mandatory, in milliseconds; the start "cannot be earlier
/// than 30 days prior to the current time", and an end before the start names no range. A job is in the
/// range when it was created within it, both ends included.
/// </summary>
internal readonly record struct JobWindow(DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(30);

    public static JobWindow Read(IQueryCollection query, DateTimeOffset now)
    {
        var from = EpochMillis.Required(query, "start_time");
        var to = EpochMillis.Required(query, "end_time");
        if (from < now - LookBack)
            throw new ApiErrorException(ApiError.InvalidParameter("start_time is more than 30 days before the current time"));
        if (to < from)
            throw new ApiErrorException(ApiError.InvalidParameter("end_time is before start_time"));
        return new JobWindow(from, to);
    }

    public bool Contains(Job job) => job.Created >= From && job.Created <= To;
}
