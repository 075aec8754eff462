#pragma once
// One Boost.Math error policy for every distribution Gatehouse uses. Boost throws on a
// domain error by default (a negative dof, p outside [0, 1]); an exception must never
// reach Qt code, so every error is ignored instead and the function returns Boost's
// fallback (NaN for a domain error, +-infinity for an overflow or a pole). Callers that
// care check std::isfinite, as they already did with the hand-written code this replaces.
#include <boost/math/policies/policy.hpp>

namespace gatehouse::stats {

namespace math_policies = boost::math::policies;

using NoThrowPolicy =
    math_policies::policy<math_policies::domain_error<math_policies::ignore_error>,
                          math_policies::pole_error<math_policies::ignore_error>,
                          math_policies::overflow_error<math_policies::ignore_error>,
                          math_policies::underflow_error<math_policies::ignore_error>,
                          math_policies::denorm_error<math_policies::ignore_error>,
                          math_policies::evaluation_error<math_policies::ignore_error>,
                          math_policies::rounding_error<math_policies::ignore_error>,
                          math_policies::indeterminate_result_error<math_policies::ignore_error>>;

} // namespace gatehouse::stats
