#!/usr/bin/python3
"""The airline model ARIMA(0,1,1)(0,1,1)12 in the same walk-forward backtest as the notebook.

Smile 2.6 has no seasonal moving-average terms, so notebooks/week13-time-series.ipynb quotes this
figure (it does not check it). Run from the repository root with Debian 12's python3-statsmodels
0.13.5 (about 100 maximum-likelihood fits; a few minutes):

    /usr/bin/python3 lib/src/test/resources/roadmap/timeseries/statsmodels_airline_backtest.py

Origins: every month from 1992-01 that leaves 12 observed months (109 origins), each fit on the
values before the origin only; MASE scale = mean |y_t - y_{t-12}| over the 324 training months.
Printed (statsmodels 0.13.5+dfsg): airline MASE 0.3380 MAE 0.4646
"""
import csv
import warnings

import numpy as np
from statsmodels.tsa.statespace.sarimax import SARIMAX

warnings.filterwarnings("ignore")
with open("notebooks/data/co2-monthly.csv", encoding="utf-8") as f:
    y = np.array([float(r[1]) for r in list(csv.reader(f))[1:]])
n, h = len(y), 12
first = n - 120
scale = np.mean(np.abs(y[12:first] - y[:first - 12]))
errors = []
for t in range(first, n - h + 1):
    fit = SARIMAX(y[:t], order=(0, 1, 1), seasonal_order=(0, 1, 1, 12)).fit(disp=False)
    errors.append(np.abs(fit.forecast(h) - y[t:t + h]))
e = np.array(errors)
print("airline MASE %.4f MAE %.4f" % (e.mean() / scale, e.mean()))
