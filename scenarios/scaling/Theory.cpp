#include "Theory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scaling {

double amdahl(double s, double p)
{
    return 1.0 / (s + (1.0 - s) / p);
}

double gustafson(double s, double p)
{
    return s + (1.0 - s) * p;
}

double karpFlatt(double speedup, double p)
{
    if (!(p > 1.0) || !(speedup > 0.0)) return std::numeric_limits<double>::quiet_NaN();
    return (1.0 / speedup - 1.0 / p) / (1.0 - 1.0 / p);
}

double efficiency(double speedup, double p)
{
    return p > 0 ? speedup / p : std::numeric_limits<double>::quiet_NaN();
}

double amdahlCeiling(double s)
{
    return s > 0 ? 1.0 / s : std::numeric_limits<double>::infinity();
}

namespace {
// Least squares through the origin of y = s x.
template <typename XY>
Fit fitThroughOrigin(const std::vector<std::pair<double, double>>& points, XY xy)
{
    Fit f;
    double sxy = 0, sxx = 0;
    std::vector<std::pair<double, double>> used;
    for (const auto& [p, S] : points) {
        if (!(p > 1.0) || !(S > 0.0) || !std::isfinite(S)) continue;
        const auto [x, y] = xy(p, S);
        sxy += x * y;
        sxx += x * x;
        used.emplace_back(x, y);
    }
    f.points = static_cast<int>(used.size());
    if (used.empty() || !(sxx > 0)) return f;
    f.serialFraction = sxy / sxx;
    double rss = 0;
    for (const auto& [x, y] : used) rss += (y - f.serialFraction * x) * (y - f.serialFraction * x);
    f.rmsResidual = std::sqrt(rss / static_cast<double>(used.size()));
    f.ok = true;
    return f;
}
} // namespace

Fit fitAmdahl(const std::vector<std::pair<double, double>>& points)
{
    return fitThroughOrigin(points, [](double p, double S) {
        return std::pair<double, double>{1.0 - 1.0 / p, 1.0 / S - 1.0 / p};
    });
}

Fit fitGustafson(const std::vector<std::pair<double, double>>& points)
{
    return fitThroughOrigin(points, [](double p, double S) {
        return std::pair<double, double>{p - 1.0, p - S};
    });
}

double median(std::vector<double> v)
{
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace scaling
