#!/usr/bin/python3
"""Reference figures for roadmap.timeseries, computed by statsmodels on notebooks/data/co2-monthly.csv.

Run from the repository root with Debian 12's interpreter and python3-statsmodels 0.13.5:

    /usr/bin/python3 lib/src/test/resources/roadmap/timeseries/statsmodels_figures.py

The printed numbers are recorded in lib/src/test/java/roadmap/timeseries/StatsmodelsFiguresTest.java
and in notebooks/week13-time-series.ipynb. `z` is the CO2 series differenced once at lag 1 and once
at lag 12, z_t = (1 - B)(1 - B^12) y_t (431 values).
"""
import csv

import numpy as np
import statsmodels
from statsmodels.regression.linear_model import yule_walker
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.seasonal import seasonal_decompose
from statsmodels.tsa.statespace.sarimax import SARIMAX
from statsmodels.tsa.stattools import acf, adfuller, pacf

with open("notebooks/data/co2-monthly.csv", encoding="utf-8") as f:
    y = np.array([float(r[1]) for r in list(csv.reader(f))[1:]])
d1 = np.diff(y)
z = d1[12:] - d1[:-12]
fmt = lambda a: ", ".join(repr(round(float(v), 10)) for v in np.atleast_1d(a))
print("statsmodels", statsmodels.__version__, "n =", len(y), "len(z) =", len(z))
print("acf(y, nlags=24, fft=False)[1:]:", fmt(acf(y, nlags=24, fft=False)[1:]))
print("acf(z, nlags=24, fft=False)[1:]:", fmt(acf(z, nlags=24, fft=False)[1:]))
print("pacf(z, nlags=24, method='ywm')[1:]:", fmt(pacf(z, nlags=24, method="ywm")[1:]))
dec = seasonal_decompose(y, model="additive", period=12)
print("seasonal_decompose(y, 'additive', period=12).seasonal[:12]:", fmt(dec.seasonal[:12]))
print("  .trend[6], [100], [437]:", fmt([dec.trend[6], dec.trend[100], dec.trend[437]]))
print("  .resid[6], [100], [437]:", fmt([dec.resid[6], dec.resid[100], dec.resid[437]]))
print("adfuller(y, maxlag=12, regression='c', autolag=None)[0]:", fmt(adfuller(y, maxlag=12, regression="c", autolag=None)[0]))
print("adfuller(z, maxlag=12, regression='c', autolag=None)[0]:", fmt(adfuller(z, maxlag=12, regression="c", autolag=None)[0]))
for p in (1, 13):
    r = AutoReg(z, lags=p, trend="c").fit()
    print(f"AutoReg(z, lags={p}, trend='c').fit().params (const, lags):", fmt(r.params))
    print(f"  sigma2 (RSS / nobs):", fmt(r.sigma2))
    rho, sigma = yule_walker(z, order=p, method="mle")
    print(f"yule_walker(z, order={p}, method='mle') rho:", fmt(rho))
m = SARIMAX(y, order=(13, 1, 0), seasonal_order=(0, 1, 0, 12)).fit(disp=False)
print("SARIMAX(y, order=(13,1,0), seasonal_order=(0,1,0,12)).fit() params (ar, sigma2):", fmt(m.params))
