'use client'
// A breakdown as horizontal bars, one row per channel, piece, author or KOL (recharts): what the
// campaign report and the evaluation both draw.
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export type BarSpec = { key: string; name: string; color: string }

const shorten = (label: string, max = 11) => (label.length > max ? `${label.slice(0, max)}…` : label)

export const HorizontalBars: React.FC<{ data: { label: string }[]; bars: BarSpec[] }> = ({ data, bars }) => (
  <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36 + 60)}>
    <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={{ fontSize: 11 }} />
      <YAxis
        type="category"
        dataKey="label"
        width={150}
        tick={{ fontSize: 11 }}
        tickFormatter={(label: string) => shorten(String(label))}
      />
      <Tooltip />
      <Legend />
      {bars.map((bar) => (
        <Bar key={bar.key} dataKey={bar.key} name={bar.name} fill={bar.color} />
      ))}
    </BarChart>
  </ResponsiveContainer>
)
