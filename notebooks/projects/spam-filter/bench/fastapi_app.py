"""The FastAPI twin of the Java prediction server, for the side-by-side benchmark.

Run: SPAM_MODEL_EXPORT=portable.json python3 -m uvicorn fastapi_app:app --workers 2
Same routes and limits as the Java server: POST /predict {"text"}, POST /predict/batch {"texts"},
GET /health; FastAPI answers invalid members with 422 itself (it lets a whitespace-only text
through, which the Java server refuses). The handlers are `async def`: the work is short and
CPU-bound, so running it on the event loop avoids a thread-pool hop per request.
"""
import os
from typing import List

from fastapi import FastAPI
from pydantic import BaseModel, conlist, constr

from spam_twin import SpamTwin

MAX_TEXT = int(os.environ.get("SPAM_MAX_TEXT_CHARS", "200000"))
MAX_BATCH = int(os.environ.get("SPAM_MAX_BATCH", "64"))
Text = constr(strict=True, min_length=1, max_length=MAX_TEXT)

model = SpamTwin(os.environ["SPAM_MODEL_EXPORT"])
app = FastAPI(title="Spam filter (FastAPI twin)")


class TextRequest(BaseModel):
    text: Text


class BatchRequest(BaseModel):
    texts: conlist(Text, min_items=1, max_items=MAX_BATCH)


class Prediction(BaseModel):
    label: str
    spamProbability: float


class BatchResponse(BaseModel):
    predictions: List[Prediction]


@app.post("/predict", response_model=Prediction)
async def predict(request: TextRequest):
    return model.predict(request.text)


@app.post("/predict/batch", response_model=BatchResponse)
async def predict_batch(request: BatchRequest):
    return {"predictions": [model.predict(t) for t in request.texts]}


@app.get("/health")
async def health():
    return {"status": "UP"}
